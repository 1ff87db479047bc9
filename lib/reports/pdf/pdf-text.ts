/**
 * The built-in PDF fonts (Helvetica) only carry the Windows-1252 character set; any other character
 * is silently dropped or drawn as a wrong glyph. A dropped true minus sign would turn "−1.5 pts" into
 * "1.5 pts", so every text goes through here first. The minus becomes an en dash, the closest glyph
 * Helvetica has (as wide as a digit), so a sign is never lost.
 */
const SUBSTITUTES: Record<string, string> = {
  '\u2212': '\u2013', // minus sign → en dash
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2191': 'up',
  '\u2193': 'down',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
}

// Windows-1252 beyond Latin-1: the characters it places in 0x80–0x9F.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

function encodable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  if (code === 0x0a || code === 0x09) return true
  if (code >= 0x20 && code <= 0x7e) return true
  if (code >= 0xa0 && code <= 0xff) return true
  return CP1252_EXTRAS.has(ch)
}

/** `text` with every character Helvetica cannot draw replaced by a readable stand-in ("?" at worst). */
export function pdfText(text: string): string {
  let out = ''
  for (const ch of text) out += SUBSTITUTES[ch] ?? (encodable(ch) ? ch : '?')
  return out
}
