import { fiscalLabel, previousQuarter, yearAgo, type FiscalStartMonth } from '@/lib/metrics/quarters'

/** A past quarter a figure is compared with: the previous quarter, then the same quarter a year before. */
export interface Comparison {
  quarter: string
  label: string
}

export function comparisonsFor(quarter: string, fiscalStart: FiscalStartMonth): [Comparison, Comparison] {
  const prev = previousQuarter(quarter)
  const ago = yearAgo(quarter)
  return [
    { quarter: prev, label: fiscalLabel(prev, fiscalStart) },
    { quarter: ago, label: fiscalLabel(ago, fiscalStart) },
  ]
}
