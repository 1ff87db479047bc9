import type { ImportColumn } from './import-columns'

/**
 * One thing wrong with an import file. `row` is the spreadsheet's row number (the header is row 1,
 * so it matches what Excel shows); null for the file as a whole. `column` is null for a whole row.
 */
export interface ImportProblem {
  row: number | null
  column: ImportColumn | null
  message: string
}

/** "Row 7, column value: Uptime must be between 0 and 100." */
export function problemText(problem: ImportProblem): string {
  const where = [problem.row === null ? null : `Row ${problem.row}`, problem.column === null ? null : `column ${problem.column}`]
    .filter(Boolean)
    .join(', ')
  return where ? `${where}: ${problem.message}` : problem.message
}
