/** A sample size as every renderer writes it (en-US digits), or '—' when there is none. */
export function nText(n: number | null): string {
  return n === null ? '—' : n.toLocaleString('en-US')
}
