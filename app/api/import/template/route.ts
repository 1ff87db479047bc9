import type { NextRequest } from 'next/server'
import { importRefusal } from '@/lib/import/import-access'
import { getCurrentActor } from '@/lib/request/current-user'
import { getSettings } from '@/lib/db/queries/settings'
import { importableCategories } from '@/lib/import/import-access'
import { importJson } from '@/lib/import/import-response'
import { TEMPLATE_FILE_NAME, templateRows } from '@/lib/import/template'
import { renderTemplateCsv } from '@/lib/import/template-csv'
import { renderTemplateXlsx } from '@/lib/import/template-xlsx'
import { getScopeBySlug } from '@/lib/db/queries/teams'
import { isQuarterKey, quarterOf } from '@/lib/metrics/quarters'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/**
 * GET /api/import/template?format=csv|xlsx&quarter=2026-Q3&scope=payments — the import template:
 * one blank row per metric the person may import, for the scope and quarter asked for (the import
 * page passes the ones it was opened with; without them, the organisation in the current quarter;
 * an unknown quarter or team is refused with 400). Anyone who may edit at least one
 * category may download it (a category owner gets their categories only); others get 403 JSON.
 */
export async function GET(request: NextRequest) {
  const actor = await getCurrentActor()
  const denied = importRefusal(actor)
  if (denied) return importJson({ ok: false, status: denied.status, fieldErrors: { form: denied.error } }, denied.status)
  const format = request.nextUrl.searchParams.get('format') ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return importJson({ error: 'Give the format as ?format=csv or ?format=xlsx.' }, 400)
  const params = request.nextUrl.searchParams
  const quarter = params.get('quarter') ?? quarterOf(new Date(), (await getSettings()).timeZone)
  if (!isQuarterKey(quarter)) return importJson({ error: 'Give the quarter as ?quarter=2026-Q3.' }, 400)
  const scope = await getScopeBySlug(params.get('scope') ?? 'org')
  if (!scope) return importJson({ error: 'No team has that slug: give ?scope=org or a team’s slug.' }, 400)
  const rows = templateRows(importableCategories(actor), quarter, scope.slug)
  const body = format === 'csv' ? renderTemplateCsv(rows) : new Uint8Array(await renderTemplateXlsx(rows))
  return new Response(body, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="${TEMPLATE_FILE_NAME}.${format}"`,
      'Cache-Control': 'no-store',
    },
  })
}
