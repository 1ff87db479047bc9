import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ReportModel } from '../report-types'
import type { PdfJob, PdfResult } from './pdf-worker-protocol'

interface Pending {
  job: PdfJob
  resolve: (pdf: Buffer) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  current: Pending | null
}

// The ignore comments keep Next's file tracing from copying the whole project into the server
// output because of these run-time paths; the worker bundle is found at run time, beside the build.
/** The bundled worker (scripts/build-pdf-worker.mjs), or PDF_WORKER_FILE. */
export function pdfWorkerFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PDF_WORKER_FILE ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'pdf-worker.mjs'))
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

/**
 * A fixed number of worker threads rendering PDFs one job each, with a first-come queue. Idle
 * workers are unref'd so that they never keep the process alive; a worker that dies is replaced.
 */
export class PdfPool {
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 1

  constructor(
    private readonly file: string,
    private readonly size: number,
  ) {}

  render(model: ReportModel): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, model }, resolve, reject })
      this.dispatch()
    })
  }

  /** Starts the workers ahead of the first request (each loads its modules and renders a warm-up page). */
  warm(): void {
    while (this.slots.length < this.size) this.spawn()
  }

  get queued(): number {
    return this.queue.length
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0)
    await Promise.all(slots.map((s) => s.worker.terminate()))
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.file), current: null }
    slot.worker.unref()
    slot.worker.on('message', (result: PdfResult) => this.settle(slot, result))
    slot.worker.on('error', (error) => this.fail(slot, error))
    slot.worker.on('exit', (code) => this.fail(slot, new Error(`PDF worker exited with code ${code}`)))
    this.slots.push(slot)
    return slot
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.current === null) ?? (this.slots.length < this.size ? this.spawn() : null)
      if (!slot) return
      const pending = this.queue.shift()!
      slot.current = pending
      slot.worker.ref()
      slot.worker.postMessage(pending.job)
    }
  }

  private settle(slot: Slot, result: PdfResult): void {
    const pending = slot.current
    slot.current = null
    slot.worker.unref()
    if (pending && pending.job.id === result.id) {
      if (result.ok) pending.resolve(Buffer.from(result.bytes))
      else pending.reject(new Error(`PDF rendering failed: ${result.message}`))
    }
    this.dispatch()
  }

  private fail(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    this.slots.splice(index, 1)
    slot.current?.reject(error)
    slot.current = null
    void slot.worker.terminate()
    console.error(`PDF worker failed: ${error.message}`)
    this.dispatch()
  }
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
 * other requests. In development and tests (no worker bundle) it renders in-process, and says so.
 */
export async function renderPdfInWorker(model: ReportModel): Promise<Buffer> {
  const pool = getPdfPool()
  if (pool) return pool.render(model)
  if (!holder.pdfFallbackLogged) {
    holder.pdfFallbackLogged = true
    console.warn(`PDF: rendering on the main thread (NODE_ENV=${process.env.NODE_ENV}, PDF_WORKERS=${pdfPoolSize()}, worker bundle ${pdfWorkerFile()}${bundleExists(pdfWorkerFile()) ? '' : ' missing'}).`)
  }
  const { renderReportPdf } = await import('./render-pdf')
  return renderReportPdf(model)
}

/** Starts the PDF workers early (e.g. at server start), so the first report does not pay their start-up. */
export function warmPdfWorkers(): void {
  try {
    getPdfPool()?.warm()
  } catch (error) {
    console.error(`PDF workers could not start: ${error instanceof Error ? error.message : String(error)}`)
  }
}
