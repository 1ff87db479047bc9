// Entry of the PDF worker thread, bundled by scripts/build-pdf-worker.mjs into .next/pdf-worker.mjs.
import os from 'node:os'
import { parentPort } from 'node:worker_threads'
import { PDF_WORKER_NICENESS, type PdfJob, type PdfResult } from './pdf-worker-protocol'
import { renderReportPdf } from './render-pdf'
import { warmUpPdf } from './warm-up'

// On Linux, setpriority on "pid 0" applies to the calling thread only, so this lowers the worker
// and leaves the main thread (which answers requests) at its normal priority.
try {
  os.setPriority(PDF_WORKER_NICENESS)
} catch (error) {
  console.warn(`PDF worker: could not lower its priority (${error instanceof Error ? error.message : String(error)})`)
}

/** The PDF's bytes in an ArrayBuffer of their own, which can be transferred without a copy. */
function ownBuffer(bytes: Buffer): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer
  const copy = new ArrayBuffer(bytes.byteLength)
  new Uint8Array(copy).set(bytes)
  return copy
}

const port = parentPort
if (!port) throw new Error('worker-entry must run in a worker thread')

const warmedUp = warmUpPdf().catch((error: unknown) => console.warn(`PDF worker: warm-up failed (${String(error)})`))

port.on('message', async (job: PdfJob) => {
  let result: PdfResult
  await warmedUp
  try {
    const bytes = ownBuffer(await renderReportPdf(job.model))
    result = { id: job.id, ok: true, bytes }
    port.postMessage(result, [bytes])
  } catch (error) {
    result = { id: job.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
    port.postMessage(result)
  }
})
