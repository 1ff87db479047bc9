/**
 * Runs once when the server starts. The app refuses to serve with a missing, known-default or weak
 * server secret, however it was started (the start command checks too, before building). Then it
 * starts the job that recomputes figures from events (lib/db/jobs/recompute-job.ts): writes mark
 * what they made stale, and this job, not a page view, writes the new figures; and the queue that
 * applies webhook deliveries (lib/connectors/process-deliveries.ts).
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
  // Webhook deliveries are queued by the receiver and applied by this process's delivery queue,
  // which first applies any left queued when the server last stopped.
  const { startDeliveryProcessing } = await import('./lib/connectors/process-deliveries')
  startDeliveryProcessing()
}
