import { z } from 'zod'
import { BENCHMARK_SETS, type BenchmarkSetId } from '@/lib/metrics/benchmarks'
import { FISCAL_START_MONTHS } from '@/lib/metrics/quarters'
import { DEFAULT_SEVERITY_WEIGHTS, type SeverityWeights } from '@/lib/metrics/severity-index'

// Read from the benchmark data, so a new report year is selectable without touching this file.
const BENCHMARK_SET_IDS = BENCHMARK_SETS.map((s) => s.id) as [BenchmarkSetId, ...BenchmarkSetId[]]

/** IANA zone names the runtime knows; checked by asking Intl to use it. */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

function isCurrency(value: string): boolean {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: value })
    return /^[A-Z]{3}$/.test(value)
  } catch {
    return false
  }
}

const FISCAL_MONTH_MESSAGE = 'Choose January, April, July or October.'
const WEIGHT_MESSAGE = 'Enter a whole number from 0 to 100.'

// A severity weight as a form posts it ("10") or as stored; decimal digits only, like the fiscal month.
const severityWeight = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{1,3}$/)
        .transform(Number),
    ],
    { error: WEIGHT_MESSAGE },
  )
  .refine((w) => Number.isInteger(w) && w >= 0 && w <= 100, WEIGHT_MESSAGE)

export const settingsSchema = z.object({
  orgName: z.string().trim().min(1, 'Enter the organisation name.').max(120, 'Use at most 120 characters.'),
  // A month as a form posts it ("4") or as stored; nothing else a number coercion would let through
  // (hexadecimal "0x4", true, " ").
  fiscalStartMonth: z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,2}$/)
          .transform(Number),
      ],
      { error: FISCAL_MONTH_MESSAGE },
    )
    .refine((m) => (FISCAL_START_MONTHS as readonly number[]).includes(m), FISCAL_MONTH_MESSAGE),
  timeZone: z.string().trim().refine(isTimeZone, 'Enter an IANA time zone such as Europe/London or UTC.'),
  currency: z.string().trim().toUpperCase().refine(isCurrency, 'Enter a three-letter currency code such as USD.'),
  defaultBenchmarkSet: z.enum(BENCHMARK_SET_IDS, { message: 'Choose a benchmark year.' }),
  reportPageSize: z.enum(['A4', 'LETTER'], { message: 'Choose A4 or Letter.' }),
  severityWeightCritical: severityWeight,
  severityWeightHigh: severityWeight,
  severityWeightMedium: severityWeight,
  severityWeightLow: severityWeight,
})

export type Settings = z.infer<typeof settingsSchema> & { fiscalStartMonth: 1 | 4 | 7 | 10 }

export const DEFAULT_SETTINGS: Settings = {
  orgName: 'Your organisation',
  fiscalStartMonth: 1,
  timeZone: 'UTC',
  currency: 'USD',
  defaultBenchmarkSet: '2023',
  reportPageSize: 'A4',
  severityWeightCritical: DEFAULT_SEVERITY_WEIGHTS.critical,
  severityWeightHigh: DEFAULT_SEVERITY_WEIGHTS.high,
  severityWeightMedium: DEFAULT_SEVERITY_WEIGHTS.medium,
  severityWeightLow: DEFAULT_SEVERITY_WEIGHTS.low,
}

/** The security severity index weights the settings hold. */
export function severityWeightsOf(settings: Settings): SeverityWeights {
  return {
    critical: settings.severityWeightCritical,
    high: settings.severityWeightHigh,
    medium: settings.severityWeightMedium,
    low: settings.severityWeightLow,
  }
}
