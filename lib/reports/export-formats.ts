import type { ReportMeta } from './report-types'

/** The board report's downloads, in the order the report page offers them. */
export const EXPORT_FORMATS = ['pdf', 'pptx', 'csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_TYPES: Record<ExportFormat, { name: string; description: string; contentType: string }> = {
  pdf: { name: 'PDF', description: 'the board pack, ready to print or send', contentType: 'application/pdf' },
  pptx: {
    name: 'PPTX',
    description: 'PowerPoint slides to present or restyle',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  csv: { name: 'CSV', description: 'one row per figure, for any tool', contentType: 'text/csv; charset=utf-8' },
  xlsx: {
    name: 'XLSX',
    description: 'an Excel workbook: summary, a sheet per category, all figures',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}

/**
 * The download's file name, e.g. "cto-scorecard-org-FY2026-Q3.pdf": the scope's slug (ASCII by
 * construction) and the fiscal label people know the quarter by, so files sort and read well.
 */
export function exportFileName(meta: Pick<ReportMeta, 'scopeSlug' | 'quarterLabel'>, format: ExportFormat): string {
  const quarter = meta.quarterLabel.replace(/[^A-Za-z0-9]+/g, '-')
  return `cto-scorecard-${meta.scopeSlug}-${quarter}.${format}`
}

/** The URL each download has of its own (GET, signed in; viewers may export). */
export function exportHref(format: ExportFormat, quarter: string, scopeSlug: string): string {
  return `/api/report/${format}?${new URLSearchParams({ quarter, scope: scopeSlug }).toString()}`
}
