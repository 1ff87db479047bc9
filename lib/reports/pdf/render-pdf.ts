import { createElement } from 'react'
import { Font, renderToBuffer } from '@react-pdf/renderer'
import type { ReportModel } from '../report-types'
import { ReportDocument } from './report-document'

// Whole words only: a board paper must not break "re-platforming" into "re-plat-forming".
Font.registerHyphenationCallback((word) => [word])

/**
 * Renders the board report as a landscape PDF (A4 or Letter per the model), on the calling thread.
 * CPU-bound (about a second): a server should go through renderPdfInWorker in pdf-pool.ts instead.
 */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  // renderToBuffer's type wants a <Document> element itself; ReportDocument renders exactly one.
  const element = createElement(ReportDocument, { model }) as unknown as Parameters<typeof renderToBuffer>[0]
  return renderToBuffer(element)
}
