import { CATEGORIES, getCategory, type CategoryKey } from '@/lib/metrics/categories'
import { changeBetween, type Change } from '@/lib/metrics/change'
import { formatDelta, formatScore, formatValue } from '@/lib/metrics/format'
import { LEVEL_LABELS } from '@/lib/metrics/benchmarks'
import { calendarSpan, fiscalLabel, previousQuarter, yearAgo, type FiscalStartMonth } from '@/lib/metrics/quarters'
import { coverageLabel, overallCoverageLabel } from '@/lib/metrics/rollup'
import { comparisonNoteText, type PastScore } from '@/lib/metrics/score-comparison'
import type { MetricView, Scorecard } from '@/lib/metrics/scorecard-model'
import { ON_TRACK_SCORE, type Status } from '@/lib/metrics/scoring'
import { statusText } from '@/lib/metrics/status-text'
import { UNITS } from '@/lib/metrics/units'
import { scoreDelta } from '@/lib/metrics/score-delta'
import { figureSourceText } from '@/lib/metrics/figure-source-text'
import { rollupNote } from '@/lib/metrics/team-rollup-text'
import { TEAMS_SOURCE } from '@/lib/metrics/org-rollups'
import { biggestImprovements, biggestRisks, HIGHLIGHT_RULE, type RankedView } from './highlights'
import { methodRules } from './method-rules'
import { formulaOf, restatementText, targetScored, targetText, type RestatementInput } from './figure-notes'
import { progressText, type QuarterProgress } from '@/lib/metrics/quarter-progress'
import { teamHasFigures } from '@/lib/metrics/team-comparison'
import { aboutText, type AnnotationFact } from '@/lib/metrics/annotation-rules'
import { noteLine, quarterNotes } from '@/lib/metrics/chart-notes'
import type {
  DeltaText,
  Highlight,
  ReportFigure,
  ReportMeta,
  ReportModel,
  ReportRestatement,
  ReportSection,
  ReportTeamRow,
  ScoreSummary,
  TrendPoint,
} from './report-types'

export interface ReportInput {
  card: Scorecard
  scope: { id: string; slug: string; name: string }
  settings: { orgName: string; currency: string; fiscalStartMonth: FiscalStartMonth; reportPageSize: 'A4' | 'LETTER' }
  commentary: Readonly<Record<string, string>>
  preparedBy: string
  preparedAt: Date
  published: { at: Date; by: string | null } | null
  /** The restated figures of a published quarter, by metric key. */
  restatements?: Readonly<Record<string, RestatementInput>>
  /** Set while the quarter is in progress (in the organisation's time zone). */
  progress?: QuarterProgress | null
  /** Whether the scope and quarters shown hold demo figures. */
  demo?: boolean
  /** The organisation's report only: each active team's scorecard of the same quarter, for "By team". */
  teams?: readonly { team: { slug: string; name: string }; card: Scorecard }[] | null
  /** The scope's notes on the timeline; each section lists those that apply to its category. */
  annotations?: readonly AnnotationFact[]
}

/**
 * A category's notes over its trend's quarters (scope-wide notes, its own, and its metrics' notes:
 * the rule of its score trend chart), listed in day order and numbered by the markers that refer to
 * them, so the list and the chart cannot disagree.
 */
function sectionNotes(
  notes: readonly AnnotationFact[],
  category: CategoryKey,
  trend: readonly TrendPoint[],
): Pick<ReportSection, 'notes' | 'noteMarks'> {
  const held = quarterNotes(notes, { category, metricKey: null }, trend)
  let next = 1
  const noteMarks = held.map(({ label, notes: quarter }) => {
    const numbers = quarter.map((_, i) => next + i)
    next += quarter.length
    return { label, lines: quarter.map(noteLine), numbers }
  })
  return { notes: held.flatMap((q) => q.notes.map((n) => `${noteLine(n)} (${aboutText(n)})`)), noteMarks }
}

/** What the report needs to know beside each figure. */
interface FigureContext {
  currency: string
  restatements: Readonly<Record<string, RestatementInput>>
  provisional: boolean
}

const MINUS = '\u2212'

// The caveat of a change goes into its text, so every renderer prints it beside the change.
function scoreDeltaText(current: number | null, past: PastScore | undefined): DeltaText {
  const { text, direction } = scoreDelta(current, past?.score ?? null)
  const note = past ? comparisonNoteText(past.note) : null
  return { text: text === null ? '—' : note ? `${text} (${note})` : text, direction }
}

function summaryOf(
  score: number | null,
  status: Status | null,
  past: Readonly<Record<string, PastScore>>,
  quarter: string,
  coverage: string,
  provisional: boolean,
): ScoreSummary & { coverage: string } {
  const previous = past[previousQuarter(quarter)]
  const yearBefore = past[yearAgo(quarter)]
  return {
    score,
    scoreText: formatScore(score),
    status,
    statusText: statusText(status, { provisional }),
    sincePrevious: scoreDeltaText(score, previous),
    sinceYearAgo: scoreDeltaText(score, yearBefore),
    coverage,
  }
}

function deltaOf(view: MetricView, change: Change, currency: string): DeltaText {
  return { text: formatDelta(view.metric, change.delta, { currency }), direction: change.direction }
}

function figureOf(view: MetricView, { currency, restatements, provisional }: FigureContext): ReportFigure {
  const { metric, figure, score, target } = view
  const source = figure?.value !== null && figure ? figure.source : null
  const restated = restatements[metric.key]
  const fmt = (value: number | null) => formatValue(metric, value, { currency })
  // The organisation's roll-up goes into the source, so every renderer prints it beside the value.
  const teams = rollupNote(metric, figure, view.rollup, currency)
  const stored = figure?.value !== null && figure ? figureSourceText(figure.source, figure.sourceRef) : null
  return {
    key: metric.key,
    label: metric.label,
    category: metric.category,
    categoryLabel: getCategory(metric.category).label,
    unit: metric.unit,
    unitLabel: metric.unit === 'currency' ? currency : UNITS[metric.unit].label,
    direction: metric.direction,
    value: figure?.value ?? null,
    valueText: fmt(figure?.value ?? null),
    n: figure?.n ?? null,
    target: target.value,
    targetText: targetText(metric, fmt(target.value), target.value),
    targetScored: targetScored(metric),
    score: score.score,
    scoreText: formatScore(score.score),
    status: score.status,
    statusText: statusText(score.status, { provisional, empty: score.explanation }),
    level: score.level ? LEVEL_LABELS[score.level] : null,
    sincePrevious: deltaOf(view, changeBetween(metric, figure?.value ?? null, view.history.at(-2)?.value ?? null, target.value), currency),
    sinceYearAgo: deltaOf(view, changeBetween(metric, figure?.value ?? null, view.history.at(-5)?.value ?? null, target.value), currency),
    source: teams && figure?.source === TEAMS_SOURCE ? teams : teams ? `${stored}; ${teams}` : stored,
    updatedAt: figure ? figure.updatedAt.toISOString() : null,
    updatedBy: figure?.updatedBy ?? null,
    formula: formulaOf(metric, source),
    restatement: restated ? restatementText(metric, restated, currency) : null,
  }
}

function highlightOf(r: RankedView, context: FigureContext, previousLabel: string, kind: 'improvement' | 'risk'): Highlight {
  const f = figureOf(r.view, context)
  const change =
    r.rise === null
      ? 'no score last quarter'
      : `score ${r.rise > 0 ? '+' : r.rise < 0 ? MINUS : ''}${Math.abs(r.rise)} since ${previousLabel}`
  return {
    metricKey: f.key,
    label: f.label,
    category: f.category,
    categoryLabel: f.categoryLabel,
    valueText: f.valueText,
    targetText: f.targetText,
    scoreText: f.scoreText,
    statusText: f.statusText,
    reason: kind === 'improvement' ? change : `${f.statusText.toLowerCase()} at ${f.scoreText}; ${change}`,
  }
}

function overallCoverageOf(card: Scorecard): string {
  return `${card.overall.withData} of ${card.overall.total} categories, ${overallCoverageLabel(card.overall)}`
}

/** Each team's overall and category scores, texts made by the same rules as the report's own. */
function byTeamRows(teams: NonNullable<ReportInput['teams']>, quarter: string, provisional: boolean): ReportTeamRow[] {
  return teams.map(({ team, card }) => ({
    slug: team.slug,
    name: team.name,
    hasFigures: teamHasFigures(card),
    overall: summaryOf(card.overall.score, card.overall.status, card.overallPast, quarter, overallCoverageOf(card), provisional),
    categories: card.categories.map((view) => ({
      key: view.category.key,
      label: view.category.label,
      ...summaryOf(view.score.score, view.score.status, view.past, quarter, coverageLabel(view.score), provisional),
    })),
  }))
}

/** Assembles the board report model from the scorecard. Pure: the same input gives the same report. */
export function buildReport(input: ReportInput): ReportModel {
  const { card, settings, scope } = input
  const { currency, fiscalStartMonth } = settings
  const label = (q: string) => fiscalLabel(q, fiscalStartMonth)
  const progress = input.progress ?? null
  const demo = input.demo ?? false
  const inProgress = progress ? { ...progress, text: progressText(progress) } : null
  const context: FigureContext = { currency, restatements: input.restatements ?? {}, provisional: progress !== null }
  const meta: ReportMeta = {
    orgName: settings.orgName,
    scopeId: scope.id,
    scopeSlug: scope.slug,
    scopeName: scope.name,
    quarter: card.quarter,
    quarterLabel: label(card.quarter),
    calendarSpan: calendarSpan(card.quarter),
    previousLabel: label(previousQuarter(card.quarter)),
    yearAgoLabel: label(yearAgo(card.quarter)),
    preparedAt: input.preparedAt.toISOString(),
    preparedBy: input.preparedBy,
    currency,
    pageSize: settings.reportPageSize,
    benchmark: { id: card.benchmarkSet.id, title: card.benchmarkSet.title, source: card.benchmarkSet.source },
    published: input.published ? { at: input.published.at.toISOString(), by: input.published.by } : null,
    inProgress,
    demo,
    marks: [...(inProgress ? [`${inProgress.text}; figures provisional`] : []), ...(demo ? ['Demo data'] : [])],
  }
  const overallCoverage = overallCoverageOf(card)
  const sections = CATEGORIES.map((category): ReportSection => {
    const view = card.categories.find((c) => c.category.key === category.key)!
    const trend = view.history.map((p) => ({ quarter: p.quarter, label: label(p.quarter), value: p.score, target: ON_TRACK_SCORE }))
    return {
      key: category.key,
      label: category.label,
      summary: summaryOf(view.score.score, view.score.status, view.past, card.quarter, coverageLabel(view.score), context.provisional),
      figures: view.metrics.map((m) => figureOf(m, context)),
      trend,
      commentary: input.commentary[category.key] ?? '',
      ...sectionNotes(input.annotations ?? [], category.key, trend),
    }
  })
  const figures = sections.flatMap((s) => s.figures)
  return {
    meta,
    summary: {
      overall: summaryOf(card.overall.score, card.overall.status, card.overallPast, card.quarter, overallCoverage, context.provisional),
      improvements: biggestImprovements(card).map((r) => highlightOf(r, context, meta.previousLabel, 'improvement')),
      risks: biggestRisks(card).map((r) => highlightOf(r, context, meta.previousLabel, 'risk')),
      rule: HIGHLIGHT_RULE,
      ctoSummary: input.commentary.summary ?? '',
    },
    sections,
    byTeam: input.teams ? byTeamRows(input.teams, card.quarter, context.provisional) : null,
    appendix: {
      figures,
      restatements: figures.flatMap((f): ReportRestatement[] =>
        f.restatement ? [{ ...f.restatement, key: f.key, label: f.label, categoryLabel: f.categoryLabel }] : [],
      ),
      method: {
        benchmark: meta.benchmark,
        rules: methodRules(card.benchmarkSet.id),
        formulas: figures.map((f) => ({ label: f.label, formula: f.formula })),
      },
    },
  }
}
