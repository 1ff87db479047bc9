import type { CategoryKey } from '@/lib/metrics/categories'
import type { ChangeDirection } from '@/lib/metrics/change'
import type { Direction } from '@/lib/metrics/catalogue'
import type { Status } from '@/lib/metrics/scoring'
import type { Unit } from '@/lib/metrics/units'

/**
 * The board report of one scope and quarter, as plain data (JSON-safe: it crosses into a PDF
 * worker). Every renderer (preview page, PDF, PPTX, CSV, XLSX) draws this one model, so their
 * numbers cannot disagree. Each number comes with the text every renderer shows for it.
 */
export interface ReportModel {
  meta: ReportMeta
  summary: ExecutiveSummary
  sections: ReportSection[]
  appendix: { figures: ReportFigure[]; method: ReportMethod }
}

export interface ReportMeta {
  orgName: string
  scopeId: string
  scopeSlug: string
  scopeName: string
  /** Stable key, e.g. "2026-Q3". */
  quarter: string
  /** Fiscal label, e.g. "FY2026 Q3". */
  quarterLabel: string
  /** e.g. "Jul–Sep 2026". */
  calendarSpan: string
  previousLabel: string
  yearAgoLabel: string
  /** ISO date-time (UTC) the report was assembled. */
  preparedAt: string
  preparedBy: string
  currency: string
  pageSize: 'A4' | 'LETTER'
  benchmark: { id: string; title: string; source: string }
  published: { at: string; by: string | null } | null
}

export interface ScoreSummary {
  score: number | null
  /** Whole points as shown everywhere ("79" or "—"). */
  scoreText: string
  status: Status | null
  statusText: string
  sincePrevious: DeltaText
  sinceYearAgo: DeltaText
}

export interface DeltaText {
  /** Signed text ("+4", "−1.5 pts", "—"). */
  text: string
  direction: ChangeDirection
}

export interface Highlight {
  metricKey: string
  label: string
  category: CategoryKey
  categoryLabel: string
  valueText: string
  targetText: string
  scoreText: string
  statusText: string
  /** Why it was chosen, e.g. "score +12 since FY2026 Q2". */
  reason: string
}

export interface ExecutiveSummary {
  overall: ScoreSummary & { coverage: string }
  improvements: Highlight[]
  risks: Highlight[]
  /** The stated rule by which improvements and risks are chosen. */
  rule: string
  /** The CTO's summary text (commentary "summary"); empty when none was written. */
  ctoSummary: string
}

export interface TrendPoint {
  quarter: string
  label: string
  value: number | null
  target: number | null
}

export interface ReportFigure {
  key: string
  label: string
  category: CategoryKey
  categoryLabel: string
  unit: Unit
  unitLabel: string
  direction: Direction
  value: number | null
  valueText: string
  n: number | null
  target: number | null
  targetText: string
  score: number | null
  scoreText: string
  status: Status | null
  statusText: string
  level: string | null
  sincePrevious: DeltaText
  sinceYearAgo: DeltaText
  source: string | null
  /** ISO date-time (UTC) of the last change, or null when there is no figure. */
  updatedAt: string | null
  updatedBy: string | null
  formula: string
}

export interface ReportSection {
  key: CategoryKey
  label: string
  summary: ScoreSummary & { coverage: string }
  figures: ReportFigure[]
  /** The category score over eight quarters, with the on-track threshold as its target line. */
  trend: TrendPoint[]
  commentary: string
}

export interface ReportMethod {
  benchmark: { id: string; title: string; source: string }
  rules: string[]
  formulas: { label: string; formula: string }[]
}
