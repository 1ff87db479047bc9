/**
 * Two team names are the same team when they differ only in case, in spaces at either end or in
 * how many spaces sit between words: "Payments", " payments " and "PAYMENTS" are one team to a
 * reader of the scorecard, so a second one would split its figures under a name nobody can tell apart.
 */

/** The name as stored and shown: trimmed, with each run of inner whitespace made one space. */
export function tidyTeamName(name: string): string {
  return name.trim().replace(/\s+/g, ' ')
}

/**
 * The key two names are compared by: tidied, NFKC-normalised (so a full-width "Ｐａｙｍｅｎｔｓ" or a
 * composed "é" matches its plain spelling) and case-folded. Locale-independent on purpose: the same
 * names must clash on every server, whatever its locale.
 */
export function teamNameKey(name: string): string {
  return tidyTeamName(name.normalize('NFKC')).toLowerCase()
}
