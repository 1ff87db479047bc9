import { buildScorecard, type FigureFact } from '@/lib/metrics/scorecard-model'
import type { TargetRecord } from '@/lib/metrics/targets'
import { buildReport, type ReportInput } from '@/lib/reports/build-report'
import type { ReportModel } from '@/lib/reports/report-types'

/** Test support: a stored figure with defaults for the fields a test does not care about. */
export function fact(quarter: string, metricKey: string, value: number | null, extra: Partial<FigureFact> = {}): FigureFact {
  return {
    quarter,
    metricKey,
    value,
    n: null,
    source: 'manual',
    updatedAt: new Date('2026-10-02T09:30:15.250Z'),
    updatedBy: 'ada@example.test',
    version: 1,
    ...extra,
  }
}

export const FIXTURE_QUARTER = '2026-Q3'

/**
 * Test support: a report built from figures chosen to exercise the exports: a negative eNPS, a
 * blank (null) figure, a derived rate with its n, money, a context-only figure, and text that a
 * spreadsheet would run as a formula (the team's name, an import's source, the CTO's summary).
 */
export function fixtureReport(options: Partial<ReportInput> & { figures?: FigureFact[]; targets?: TargetRecord[] } = {}): ReportModel {
  const { figures: given, targets = [], ...overrides } = options
  const figures = given ?? [
    fact('2026-Q3', 'releases', 13),
    fact('2026-Q2', 'releases', 10),
    fact('2025-Q3', 'releases', 9),
    fact('2026-Q3', 'enps', -12, { n: 40, source: 'import' }),
    fact('2026-Q2', 'enps', 5, { n: 38 }),
    fact('2026-Q3', 'availability', 99.95),
    fact('2026-Q2', 'availability', 99.99),
    fact('2026-Q3', 'major_incidents', null),
    fact('2026-Q3', 'attrition_rate', 16.666666666666664, { n: 90 }),
    fact('2026-Q3', 'tech_revenue', 1_250_000, { source: '=HYPERLINK("http://evil.example","x")' }),
    fact('2026-Q3', 'headcount', 120),
    fact('2026-Q3', 'mttr_hours', 4.25, { source: 'events' }),
  ]
  const card = buildScorecard({ quarter: FIXTURE_QUARTER, figures, targets, benchmarkSets: {}, defaultBenchmarkSet: '2023' })
  return buildReport({
    card,
    scope: { id: 'team-1', slug: 'payments', name: '=cmd|" /C calc"!A0' },
    settings: { orgName: 'Acme Ltd', currency: 'EUR', fiscalStartMonth: 1, reportPageSize: 'A4' },
    commentary: { summary: '-Strong quarter; uptime dipped.', delivery: 'Releases up.' },
    preparedBy: 'Ada Admin',
    preparedAt: new Date('2026-10-05T12:00:00Z'),
    published: null,
    ...overrides,
  })
}
