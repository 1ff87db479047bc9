import { getMetric } from './catalogue'
import { getCategory, type CategoryKey } from './categories'
import { FIRST_YEAR, LAST_YEAR, quarterKey, type QuarterKey } from './quarters'

/** A note on the timeline: what the charts and lists need of a stored annotation. */
export interface AnnotationFact {
  id: number
  scope: string
  /** A calendar day, "YYYY-MM-DD". */
  date: string
  text: string
  /** Null: about the whole scope. Set with a null metricKey: about that category. */
  category: CategoryKey | null
  /** Set: about that one metric (category is then the metric's category). */
  metricKey: string | null
  createdBy: string
  version: number
}

export const ANNOTATION_TEXT_MAX = 200

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether text is a real calendar day "YYYY-MM-DD" within the years the app keeps quarters for. */
export function isAnnotationDay(text: string): boolean {
  const m = DAY.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < FIRST_YEAR || year > LAST_YEAR) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * The quarter that holds a day. A note's day is a calendar day as the person wrote it, not an
 * instant, so no time zone moves it: 30 September is always in Q3.
 */
export function quarterOfDay(day: string): QuarterKey {
  const [year, month] = day.split('-').map(Number)
  return quarterKey(year, Math.ceil(month / 3))
}

/** What a chart shows: a scope's trend of one category (metric null) or of one metric. */
export interface ChartSubject {
  category: CategoryKey | null
  metricKey: string | null
}

/**
 * Whether a note belongs on a chart of its scope: a note about the whole scope on every chart, a
 * category note on that category's charts (its score trend and its metrics' charts), a metric note
 * on that metric's chart and on its category's score trend (the metric is part of that score, so
 * what moved the metric may explain the score), never on a sibling metric's chart. The overall
 * score's trend carries only the whole scope's notes. The scope itself is matched by the query.
 */
export function appliesTo(note: Pick<AnnotationFact, 'category' | 'metricKey'>, chart: ChartSubject): boolean {
  if (note.metricKey !== null) {
    return chart.metricKey === null ? chart.category === note.category : chart.metricKey === note.metricKey
  }
  if (note.category !== null) return chart.category === note.category
  return true
}

/** The notes a chart over these quarters shows, each with the quarter it is marked at, in day order. */
export function notesOnChart(
  notes: readonly AnnotationFact[],
  chart: ChartSubject,
  quarters: readonly string[],
): (AnnotationFact & { quarter: QuarterKey })[] {
  const covered = new Set(quarters)
  return notes
    .filter((n) => appliesTo(n, chart))
    .map((n) => ({ ...n, quarter: quarterOfDay(n.date) }))
    .filter((n) => covered.has(n.quarter))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A note's day as people read it, "14 Aug 2026"; a calendar day, so no time zone applies. */
export function dayText(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return `${date} ${MONTHS[month - 1]} ${year}`
}

export const WHOLE_SCOPE_TEXT = 'Every chart of this scope'

/** What a note is about, in words: "Releases shipped (metric)", "Product delivery (category)" or the whole scope. */
export function aboutText(note: Pick<AnnotationFact, 'category' | 'metricKey'>): string {
  if (note.metricKey !== null) return `${getMetric(note.metricKey).label} (metric)`
  if (note.category !== null) return `${getCategory(note.category).label} (category)`
  return WHOLE_SCOPE_TEXT
}
