import { getMetric } from '@/lib/metrics/catalogue'
import { isMixKey, mixProblem, MIX_KEYS, type MixKey } from '@/lib/metrics/investment-mix'
import type { ImportProblem } from './import-problem'
import type { ImportRow } from './validate-rows'

const LABELS = Object.fromEntries(MIX_KEYS.map((k) => [k, getMetric(k).label])) as Record<MixKey, string>

/**
 * The entry form's investment mix rule, applied to a file: for each scope and quarter the file gives
 * shares for, the three must all be there and add up to 100 (± 1). A file cannot complete a mix with
 * shares stored earlier, because a blank cell leaves a stored figure as it is and the sum would then
 * depend on what happens to be stored. Reported once per scope and quarter, on its last share's row.
 */
export function mixProblems(rows: readonly ImportRow[]): ImportProblem[] {
  const groups = new Map<string, ImportRow[]>()
  for (const row of rows) {
    if (!isMixKey(row.metricKey) || row.value === null) continue
    const key = `${row.scope}\u0000${row.quarter}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const problems: ImportProblem[] = []
  for (const group of groups.values()) {
    const shares = Object.fromEntries(group.map((r) => [r.metricKey, r.value])) as Record<MixKey, number | null>
    const problem = mixProblem(shares, LABELS)
    const last = group[group.length - 1]
    if (problem) problems.push({ row: last.row, column: 'value', message: `${last.scopeSlug}, ${last.quarter}: ${problem}` })
  }
  return problems
}
