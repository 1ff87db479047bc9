import { Worker } from 'node:worker_threads'
import type { ReportModel } from '../report-types'
import type { PdfJob, PdfResult } from './pdf-worker-protocol'

/**
 * A report to render: its model, or a function that builds the model. A function is called only
 * when a worker is free, so that a burst of requests does not build all its models on the main
 * thread at once while other requests wait behind them.
 */
export type ReportSource = ReportModel | (() => Promise<ReportModel>)

interface Pending {
  id: number
  source: ReportSource
  resolve: (pdf: Buffer) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  current: Pending | null
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

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

  render(source: ReportSource): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, resolve, reject })
      this.dispatch()
    })
  }

  /** Starts the workers ahead of the first request (each loads its modules and renders a warm-up page). */
  warm(): void {
    while (this.slots.length < this.size) this.spawn()
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
      void this.start(slot, pending)
    }
  }

  private async start(slot: Slot, pending: Pending): Promise<void> {
    let model: ReportModel
    try {
      model = typeof pending.source === 'function' ? await pending.source() : pending.source
    } catch (error) {
      this.release(slot, pending)
      pending.reject(asError(error))
      this.next()
      return
    }
    // The worker may have died meanwhile; fail() has then answered the job already.
    if (slot.current !== pending) return
    const job: PdfJob = { id: pending.id, model }
    slot.worker.postMessage(job)
  }

  private settle(slot: Slot, result: PdfResult): void {
    const pending = slot.current
    if (!pending || pending.id !== result.id) return
    this.release(slot, pending)
    if (result.ok) pending.resolve(Buffer.from(result.bytes))
    else pending.reject(new Error(`PDF rendering failed: ${result.message}`))
    this.next()
  }

  private release(slot: Slot, pending: Pending): void {
    if (slot.current !== pending) return
    slot.current = null
    slot.worker.unref()
  }

  /** Starts the next job once the answer to the finished one is on its way, not before. */
  private next(): void {
    setImmediate(() => this.dispatch())
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
