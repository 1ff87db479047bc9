/**
 * Units of the catalogue. Each unit fixes how a value is validated, formatted and compared, so a
 * form, a chart axis and an export cannot disagree about what "12" means.
 */
export const UNITS = {
  count: { label: 'count', suffix: '', min: 0, max: undefined, integer: true },
  percent: { label: '%', suffix: '%', min: 0, max: 100, integer: false },
  days: { label: 'days', suffix: ' d', min: 0, max: undefined, integer: false },
  hours: { label: 'hours', suffix: ' h', min: 0, max: undefined, integer: false },
  minutes: { label: 'minutes', suffix: ' min', min: 0, max: undefined, integer: false },
  per_day: { label: 'deploys/day', suffix: '/day', min: 0, max: undefined, integer: false },
  score: { label: 'score −100…100', suffix: '', min: -100, max: 100, integer: false },
  currency: { label: 'currency', suffix: '', min: 0, max: undefined, integer: false },
} as const satisfies Record<string, UnitSpec>

export interface UnitSpec {
  /** Short label shown beside a field and in table headers. */
  label: string
  /** Appended to a formatted value (currency is formatted with the organisation's currency instead). */
  suffix: string
  min: number
  max: number | undefined
  /** Counts are whole numbers. */
  integer: boolean
}

export type Unit = keyof typeof UNITS
