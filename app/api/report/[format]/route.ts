import { NextResponse, type NextRequest } from 'next/server'
import { AuthError, requirePermission } from '@/lib/request/current-user'
import { awaitRecompute } from '@/lib/db/jobs/await-recompute'
import { getReport } from '@/lib/reports/get-report'
import { getScopeBySlug } from '@/lib/db/queries/teams'
import { isQuarterKey, quartersEnding } from '@/lib/metrics/quarters'
import { TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { renderReportCsv } from '@/lib/reports/csv'
import { EXPORT_TYPES, exportFileName, isExportFormat, type ExportFormat } from '@/lib/reports/export-formats'
import { renderPdfInWorker } from '@/lib/reports/pdf/pdf-pool'
import { renderReportPptx } from '@/lib/reports/pptx/render-pptx'
import type { ReportModel } from '@/lib/reports/report-types'
import { renderReportXlsx } from '@/lib/reports/xlsx'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

// Every format draws the same model. The PDF (CPU-heavy, about a second) renders in a worker thread
// so that it does not stall other requests.
const RENDERERS: Record<ExportFormat, (model: ReportModel) => Promise<Uint8Array | string>> = {
  pdf: renderPdfInWorker,
  pptx: renderReportPptx,
  csv: async (model) => renderReportCsv(model),
  xlsx: renderReportXlsx,
}

function problem(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * GET /api/report/<pdf|pptx|csv|xlsx>?quarter=2026-Q3&scope=org — the board report of one scope and
 * quarter as a file download. Every format renders the same report model as the preview page.
 * Answers JSON errors (401 signed out, 403, 400 bad query, 404 unknown format), never a page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  let actor
  try {
    actor = await requirePermission({ do: 'export' })
  } catch (error) {
    if (error instanceof AuthError) return problem(error.kind === 'unauthenticated' ? 401 : 403, error.message)
    throw error
  }
  const { format } = await params
  if (!isExportFormat(format)) return problem(404, 'Unknown format: use pdf, pptx, csv or xlsx.')
  const search = request.nextUrl.searchParams
  const quarter = search.get('quarter')
  if (!quarter || !isQuarterKey(quarter)) return problem(400, 'Give the quarter as ?quarter=YYYY-Qn, e.g. 2026-Q3.')
  const slug = search.get('scope') ?? 'org'
  const scope = await getScopeBySlug(slug)
  if (!scope) return problem(400, `No team has the slug “${slug}”. Use ?scope=org or a team's slug.`)

  // The report draws the scorecard's trend quarters: wait (bounded, without writing) for their pending
  // recompute, so the file is as of every events batch acknowledged before this request.
  const pending = quartersEnding(quarter, TREND_QUARTERS).map((q) => ({ scope: scope.id, quarter: q }))
  const { updating } = await awaitRecompute(pending)
  const model = await getReport(scope, quarter, actor.name)
  let body: Uint8Array | string
  try {
    body = await RENDERERS[format](model)
  } catch (error) {
    console.error(`report ${format} export failed`, error)
    return problem(500, `The ${EXPORT_TYPES[format].name} could not be produced. Try again, or choose another format.`)
  }
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': EXPORT_TYPES[format].contentType,
      'Content-Disposition': `attachment; filename="${exportFileName(model.meta, format)}"`,
      // The report holds the organisation's figures: no shared or browser cache may keep a copy.
      'Cache-Control': 'no-store',
      // Set when figures from events were still being recomputed after the wait: the file shows the last computed ones.
      ...(updating ? { 'X-Figures-Updating': 'true' } : {}),
    },
  })
}
