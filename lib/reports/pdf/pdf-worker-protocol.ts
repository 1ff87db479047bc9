import type { ReportModel } from '../report-types'

/** Main thread → PDF worker: one report to render. The model is plain JSON-safe data. */
export interface PdfJob {
  id: number
  model: ReportModel
}

/** PDF worker → main thread. `bytes` is transferred, not copied. */
export type PdfResult = { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string }

/** Niceness of the worker thread: high enough that request handling on the main thread comes first. */
export const PDF_WORKER_NICENESS = 10
