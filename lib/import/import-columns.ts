/**
 * The columns of an import file. Headers are matched case-insensitively, ignoring surrounding spaces,
 * underscores and hyphens ("Metric key", "metric_key" and "METRIC-KEY" all match), so a file edited in
 * any spreadsheet still reads. Other columns (the template's label, unit and allowed range) are ignored.
 */
export const IMPORT_COLUMNS = ['quarter', 'scope', 'metric key', 'value', 'n', 'target'] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** Columns a file must have; n and target may be left out entirely. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['quarter', 'scope', 'metric key', 'value']

/** The template's read-only helper columns: shown to people, never read back. */
export const HELP_COLUMNS = ['label', 'unit', 'allowed range'] as const

/** A cell as read from a file: text from CSV, a number or text from XLSX, null when empty. */
export type Cell = string | number | null

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
}

/** Which import column a header names, or null for a column the import ignores. */
export function columnOf(header: string): ImportColumn | null {
  const normal = normalizeHeader(header)
  const alias = normal === 'metrickey' || normal === 'metric' || normal === 'key' ? 'metric key' : normal
  return (IMPORT_COLUMNS as readonly string[]).includes(alias) ? (alias as ImportColumn) : null
}
