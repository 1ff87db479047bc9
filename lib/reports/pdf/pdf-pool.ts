import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PdfPool, type ReportSource } from './worker-pool'

// The ignore comments keep Next's file tracing from copying the whole project into the server
// output because of these run-time paths; the worker bundle is found at run time, beside the build.
/** The bundled worker (scripts/build-pdf-worker.mjs), or PDF_WORKER_FILE. */
export function pdfWorkerFile(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.PDF_WORKER_FILE ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'pdf-worker.mjs'),
  )
}

function bundleExists(file: string): boolean {
  return existsSync(/*turbopackIgnore: true*/ file)
}

/**
 * PDF_WORKERS, or half the cores and at least one (one on a 2-core machine, leaving a core for
 * requests). PDF_WORKERS=0 renders on the main thread (for comparison and diagnosis).
 */
export function pdfPoolSize(env: Readonly<Record<string, string | undefined>> = process.env, cores = os.availableParallelism()): number {
  const configured = env.PDF_WORKERS === undefined || env.PDF_WORKERS.trim() === '' ? NaN : Number(env.PDF_WORKERS)
  if (Number.isInteger(configured) && configured >= 0) return configured
  return Math.max(1, Math.floor(cores / 2))
}

// One pool per process, kept across module reloads.
const holder = globalThis as unknown as { pdfPool?: PdfPool | null; pdfFallbackLogged?: boolean }

/** The process's pool: only for a production build with the worker bundle beside it. */
export function getPdfPool(): PdfPool | null {
  if (holder.pdfPool !== undefined) return holder.pdfPool
  const file = pdfWorkerFile()
  const size = pdfPoolSize()
  // Development reloads code the bundle would not have; a leftover bundle there would be stale.
  const usable = process.env.NODE_ENV === 'production' && size > 0 && bundleExists(file)
  holder.pdfPool = usable ? new PdfPool(file, size) : null
  return holder.pdfPool
}

/**
 * Renders the board report PDF off the main thread, so that a CPU-heavy render does not stall
 * other requests. Given a function that builds the model, it builds it only when a worker is free
 * (see ReportSource). In development and tests (no worker bundle) it renders in-process, and says so.
 */
export async function renderPdfInWorker(source: ReportSource): Promise<Buffer> {
  const pool = getPdfPool()
  if (pool) return pool.render(source)
  if (!holder.pdfFallbackLogged) {
    holder.pdfFallbackLogged = true
    console.warn(
      `PDF: rendering on the main thread (NODE_ENV=${process.env.NODE_ENV}, PDF_WORKERS=${pdfPoolSize()}, worker bundle ${pdfWorkerFile()}${bundleExists(pdfWorkerFile()) ? '' : ' missing'}).`,
    )
  }
  const { renderReportPdf } = await import('./render-pdf')
  return renderReportPdf(typeof source === 'function' ? await source() : source)
}

/** Starts the PDF workers early (e.g. at server start), so the first report does not pay their start-up. */
export function warmPdfWorkers(): void {
  try {
    getPdfPool()?.warm()
  } catch (error) {
    console.error(`PDF workers could not start: ${error instanceof Error ? error.message : String(error)}`)
  }
}
