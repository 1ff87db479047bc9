import type { NextRequest } from 'next/server'
import { importRefusal } from '@/lib/import/import-access'
import { getCurrentActor } from '@/lib/request/current-user'
import { getSettings } from '@/lib/db/queries/settings'
import { importableCategories } from '@/lib/import/import-access'
import { importJson } from '@/lib/import/import-response'
import { TEMPLATE_FILE_NAME, templateRows } from '@/lib/import/template'
import { renderTemplateCsv } from '@/lib/import/template-csv'
import { renderTemplateXlsx } from '@/lib/import/template-xlsx'
import { quarterOf } from '@/lib/metrics/quarters'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/**
 * GET /api/import/template?format=csv|xlsx — the import template: one blank row per metric the
 * person may import, for the organisation in the current quarter. Anyone who may edit at least one
 * category may download it (a category owner gets their categories only); others get 403 JSON.
 */
export async function GET(request: NextRequest) {
  const actor = await getCurrentActor()
  const denied = importRefusal(actor)
  if (denied) return importJson({ ok: false, status: denied.status, fieldErrors: { form: denied.error } }, denied.status)
  const format = request.nextUrl.searchParams.get('format') ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return importJson({ error: 'Give the format as ?format=csv or ?format=xlsx.' }, 400)
  const { timeZone } = await getSettings()
  const rows = templateRows(importableCategories(actor), quarterOf(new Date(), timeZone))
  const body = format === 'csv' ? renderTemplateCsv(rows) : new Uint8Array(await renderTemplateXlsx(rows))
  return new Response(body, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="${TEMPLATE_FILE_NAME}.${format}"`,
      'Cache-Control': 'no-store',
    },
  })
}
