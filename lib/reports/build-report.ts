import { CATEGORIES, getCategory } from '@/lib/metrics/categories'
import { changeBetween, type Change } from '@/lib/metrics/change'
import { formatDelta, formatScore, formatValue } from '@/lib/metrics/format'
import { LEVEL_LABELS } from '@/lib/metrics/benchmarks'
import { calendarSpan, fiscalLabel, previousQuarter, yearAgo, type FiscalStartMonth } from '@/lib/metrics/quarters'
import { coverageLabel } from '@/lib/metrics/rollup'
import type { MetricView, Scorecard } from '@/lib/metrics/scorecard-model'
import { ON_TRACK_SCORE, STATUS_LABELS, type Status } from '@/lib/metrics/scoring'
import { UNITS } from '@/lib/metrics/units'
import { scoreDelta } from '@/lib/metrics/score-delta'
import { figureSourceText } from '@/lib/metrics/figure-source-text'
import { biggestImprovements, biggestRisks, HIGHLIGHT_RULE, type RankedView } from './highlights'
import { methodRules } from './method-rules'
import type { DeltaText, Highlight, ReportFigure, ReportMeta, ReportModel, ScoreSummary } from './report-types'

export interface ReportInput {
  card: Scorecard
  scope: { id: string; slug: string; name: string }
  settings: { orgName: string; currency: string; fiscalStartMonth: FiscalStartMonth; reportPageSize: 'A4' | 'LETTER' }
  commentary: Readonly<Record<string, string>>
  preparedBy: string
  preparedAt: Date
  published: { at: Date; by: string | null } | null
}

const MINUS = '\u2212'

function scoreDeltaText(current: number | null, past: number | null): DeltaText {
  const { text, direction } = scoreDelta(current, past)
  return { text: text ?? '—', direction }
}

function statusText(status: Status | null, fallback: string): string {
  return status ? STATUS_LABELS[status] : fallback
}

function summaryOf(score: number | null, status: Status | null, history: { score: number | null }[], coverage: string): ScoreSummary & { coverage: string } {
  const previous = history.at(-2)?.score ?? null
  const yearBefore = history.at(-5)?.score ?? null
  return {
    score,
    scoreText: formatScore(score),
    status,
    statusText: statusText(status, 'No score'),
    sincePrevious: scoreDeltaText(score, previous),
    sinceYearAgo: scoreDeltaText(score, yearBefore),
    coverage,
  }
}

function deltaOf(view: MetricView, change: Change, currency: string): DeltaText {
  return { text: formatDelta(view.metric, change.delta, { currency }), direction: change.direction }
}

function figureOf(view: MetricView, currency: string): ReportFigure {
  const { metric, figure, score, target } = view
  const fmt = (value: number | null) => formatValue(metric, value, { currency })
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
    targetText: fmt(target.value),
    score: score.score,
    scoreText: formatScore(score.score),
    status: score.status,
    statusText: statusText(score.status, score.explanation),
    level: score.level ? LEVEL_LABELS[score.level] : null,
    sincePrevious: deltaOf(view, changeBetween(metric, figure?.value ?? null, view.history.at(-2)?.value ?? null), currency),
    sinceYearAgo: deltaOf(view, changeBetween(metric, figure?.value ?? null, view.history.at(-5)?.value ?? null), currency),
    source: figure?.value !== null && figure ? figureSourceText(figure.source, figure.sourceRef) : null,
    updatedAt: figure ? figure.updatedAt.toISOString() : null,
    updatedBy: figure?.updatedBy ?? null,
    formula: metric.formula,
  }
}

function highlightOf(r: RankedView, currency: string, previousLabel: string, kind: 'improvement' | 'risk'): Highlight {
  const f = figureOf(r.view, currency)
  const change = r.rise === null ? 'no score last quarter' : `score ${r.rise > 0 ? '+' : r.rise < 0 ? MINUS : ''}${Math.abs(r.rise)} since ${previousLabel}`
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

/** Assembles the board report model from the scorecard. Pure: the same input gives the same report. */
export function buildReport(input: ReportInput): ReportModel {
  const { card, settings, scope } = input
  const { currency, fiscalStartMonth } = settings
  const label = (q: string) => fiscalLabel(q, fiscalStartMonth)
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
  }
  const overallCoverage = `${card.overall.withData} of ${card.overall.total} categories`
  const sections = CATEGORIES.map((category) => {
    const view = card.categories.find((c) => c.category.key === category.key)!
    return {
      key: category.key,
      label: category.label,
      summary: summaryOf(view.score.score, view.score.status, view.history, coverageLabel(view.score)),
      figures: view.metrics.map((m) => figureOf(m, currency)),
      trend: view.history.map((p) => ({ quarter: p.quarter, label: label(p.quarter), value: p.score, target: ON_TRACK_SCORE })),
      commentary: input.commentary[category.key] ?? '',
    }
  })
  return {
    meta,
    summary: {
      overall: summaryOf(card.overall.score, card.overall.status, card.overallHistory, overallCoverage),
      improvements: biggestImprovements(card).map((r) => highlightOf(r, currency, meta.previousLabel, 'improvement')),
      risks: biggestRisks(card).map((r) => highlightOf(r, currency, meta.previousLabel, 'risk')),
      rule: HIGHLIGHT_RULE,
      ctoSummary: input.commentary.summary ?? '',
    },
    sections,
    appendix: {
      figures: sections.flatMap((s) => s.figures),
      method: {
        benchmark: meta.benchmark,
        rules: methodRules(card.benchmarkSet.id),
        formulas: card.categories.flatMap((c) => c.metrics.map((m) => ({ label: m.metric.label, formula: m.metric.formula }))),
      },
    },
  }
}
