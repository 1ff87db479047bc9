import { fiscalLabel, isQuarterKey, quarterKey, type FiscalStartMonth, type QuarterKey } from '@/lib/metrics/quarters'

const KEY = /^(\d{4})\s*-?\s*Q([1-4])$/i
const FISCAL = /^FY\s*(\d{4})\s*-?\s*Q([1-4])$/i

/**
 * A quarter as a file may give it: the stable calendar key "2026-Q3" (what exports write), or the
 * fiscal label "FY2026 Q3" the screens show, read with the organisation's fiscal year start. Case and
 * the space or hyphen before "Q" do not matter. Anything else is null, never a guess.
 */
export function parseQuarterCell(text: string, fiscalStart: FiscalStartMonth): QuarterKey | null {
  const trimmed = text.trim()
  const key = KEY.exec(trimmed)
  if (key) {
    const candidate = quarterKey(Number(key[1]), Number(key[2]))
    return isQuarterKey(candidate) ? candidate : null
  }
  const fiscal = FISCAL.exec(trimmed)
  if (!fiscal) return null
  const label = `FY${fiscal[1]} Q${fiscal[2]}`
  // A fiscal year is named after the calendar year it ends in, so its quarters lie in that year or the one before.
  const year = Number(fiscal[1])
  for (const y of [year - 1, year]) {
    for (const q of [1, 2, 3, 4]) {
      const candidate = quarterKey(y, q)
      if (fiscalLabel(candidate, fiscalStart) === label) return candidate
    }
  }
  return null
}
