/**
 * Whether two stored numbers are the same figure. Prisma's SQLite driver keeps about 16 significant
 * digits of a double (16.666666666666664 is read back as 16.66666666666666), so a rate derived again
 * from unchanged counts, or a file imported twice, must still compare equal to what is stored;
 * otherwise every save of an untouched form would count as a change. Null (a blank) equals only null.
 */
export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))
}

/** A figure's numbers as stored (inputs as their JSON text) or as a writer means to store them. */
export interface FigureNumbers {
  value: number | null
  n: number | null
  /** The JSON of the counts a rate was derived from, or null. */
  inputs: string | null
}

/**
 * Whether writing `next` over `stored` would change nothing a reader sees. The value must agree; so
 * must whatever else the writer speaks for: inputs (and their n) when it gives counts, n when it
 * gives one. A bare value, as a person types it, carries no n: typing the stored value again keeps
 * the figure's n and source (say, computed from events) instead of silently making it a manual
 * override, but it does replace a rate derived from counts (the counts would no longer match).
 */
export function sameFigure(stored: FigureNumbers | null, next: FigureNumbers): boolean {
  if (!stored) return next.value === null && next.n === null && next.inputs === null
  if (!sameNumber(stored.value, next.value)) return false
  if (next.inputs !== null) return stored.inputs === next.inputs && stored.n === next.n
  if (next.n !== null) return stored.n === next.n
  return stored.inputs === null
}
