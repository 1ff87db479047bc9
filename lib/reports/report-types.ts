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
  /** Every active team's scores side by side; null in a team's own report (the organisation's only). */
  byTeam: ReportTeamRow[] | null
  appendix: { figures: ReportFigure[]; restatements: ReportRestatement[]; method: ReportMethod }
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
  /** The publisher's display name (their email only when the account is gone). */
  published: { at: string; by: string | null } | null
  /** Set while the quarter is in progress: its figures and statuses are provisional. */
  inProgress: { day: number; days: number; text: string } | null
  /** The report shows demo figures: every page and export says so. */
  demo: boolean
  /** The marks every page of every export carries ("in progress: day 40 of 92", "Demo data"); empty for none. */
  marks: string[]
}

/** A figure of a published quarter changed after publication: what the board saw, what it is now, and why. */
export interface RestatementText {
  publishedValue: number | null
  newValue: number | null
  publishedText: string
  newText: string
  reason: string
  /** ISO date-time (UTC) of the latest restatement. */
  at: string
  /** How many times it was restated. */
  count: number
}

export interface ReportRestatement extends RestatementText {
  key: string
  label: string
  categoryLabel: string
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
  /** The target as shown; a target the score does not use (a DORA figure is judged by its level) says "not scored". */
  targetText: string
  targetScored: boolean
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
  /** The formula that produced this value: the events formula for a figure computed from events. */
  formula: string
  /** Set when the figure was restated after the quarter was published. */
  restatement: RestatementText | null
}

export interface ReportSection {
  key: CategoryKey
  label: string
  summary: ScoreSummary & { coverage: string }
  figures: ReportFigure[]
  /** The category score over eight quarters, with the on-track threshold as its target line. */
  trend: TrendPoint[]
  commentary: string
  /** Notes on the timeline over the trend's quarters that apply to this category, e.g. "14 Aug 2026: re-org (every chart of this scope)". */
  notes: string[]
  /** The trend's markers: one per quarter holding notes, with the numbers (from 1) of its notes in `notes`. */
  noteMarks: ReportNoteMark[]
}

/** A marker on a section's trend: the notes of one quarter, as a chart shows them and as numbered footnotes. */
export interface ReportNoteMark {
  /** The trend's x-axis label of the quarter. */
  label: string
  /** "14 Aug 2026: re-org", as a chart marker shows them. */
  lines: string[]
  /** Each note's number in the section's list of notes, in the same order as lines. */
  numbers: number[]
}

export interface ReportMethod {
  benchmark: { id: string; title: string; source: string }
  rules: string[]
  formulas: { label: string; formula: string }[]
}

/** One team in the organisation's report, with the same score texts its own report shows. */
export interface ReportTeamRow {
  slug: string
  name: string
  /** Whether the team has any figure in the quarter; one without reads "No figures". */
  hasFigures: boolean
  overall: ScoreSummary & { coverage: string }
  /** In CATEGORIES order, as the sections. */
  categories: (ScoreSummary & { coverage: string; key: CategoryKey; label: string })[]
}
