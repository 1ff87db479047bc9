import Papa from 'papaparse'
import { IMPORT_COLUMNS } from './import-columns'
import type { TemplateRow } from './template'

/** The CSV template: exactly the import columns, one blank row per metric. Every cell is plain text we wrote. */
export function renderTemplateCsv(rows: readonly TemplateRow[]): string {
  const data = rows.map((r) => [r.quarter, r.scope, r.metricKey, '', '', ''])
  return `${Papa.unparse({ fields: [...IMPORT_COLUMNS], data }, { newline: '\r\n' })}\r\n`
}
