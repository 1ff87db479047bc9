/**
 * Runs once when the server starts. The app refuses to serve with a missing, known-default or weak
 * server secret, however it was started (the start command checks too, before building). Then it
 * starts the job that recomputes figures from events (lib/db/jobs/recompute-job.ts): writes mark
 * what they made stale, and this job, not a page view, writes the new figures.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { serverSecret } = await import('./lib/auth/secret')
  try {
    serverSecret()
  } catch (error) {
    console.error(`Refusing to start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  const { startRecomputeJob } = await import('./lib/db/jobs/recompute-job')
  startRecomputeJob()
}
