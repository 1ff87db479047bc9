import type { Cell } from './import-columns'

// "1.234,5" or "99,5": a decimal comma, with optional dots grouping thousands.
const DECIMAL_COMMA = /^([-+\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/

/**
 * A number cell as the shared number parser (parseNumberText) reads it. Semicolon-separated files
 * come from Excel set to a European locale, which writes "99,5" for 99.5: there a comma followed by
 * digits is the decimal point. Other text is left alone, so "1,250" in a comma file stays 1250 and
 * anything odd is still refused by the parser rather than guessed at.
 */
export function numberCell(cell: Cell, decimalComma: boolean): string | number | null {
  if (cell === null || typeof cell === 'number') return cell
  if (!decimalComma) return cell
  const match = DECIMAL_COMMA.exec(cell.trim())
  if (!match) return cell
  return `${match[1]}${match[2].replace(/\./g, '')}.${match[3]}`
}
