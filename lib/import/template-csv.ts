import Papa from 'papaparse'
import { HELP_COLUMNS, IMPORT_COLUMNS } from './import-columns'
import type { TemplateRow } from './template'

/**
 * The CSV template: the import columns, one blank row per metric, then the helper columns the XLSX
 * has (label, unit, allowed range), which the import ignores: a person filling it in sees what each
 * key means. Every cell is plain text we wrote (catalogue words, never a formula).
 */
export function renderTemplateCsv(rows: readonly TemplateRow[]): string {
  const data = rows.map((r) => [r.quarter, r.scope, r.metricKey, '', '', '', r.label, r.unit, r.allowedRange])
  return `${Papa.unparse({ fields: [...IMPORT_COLUMNS, ...HELP_COLUMNS], data }, { newline: '\r\n' })}\r\n`
}
