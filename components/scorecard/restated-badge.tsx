import { formatUtc } from '@/components/history/utc-time'
import type { RestatementMark } from '@/lib/db/queries/restatements'
import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'

/** "Restated 2026-11-28 14:03 UTC by ada@example.test (published as 10): two late releases." */
export function restatedText(mark: RestatementMark, metric: MetricDef, currency: string): string {
  const times = mark.count > 1 ? ` (${mark.count} times; latest shown)` : ''
  const published = formatValue(metric, mark.publishedValue, { currency })
  return `Restated ${formatUtc(mark.at)} by ${mark.actor}${times}, published as ${published}. Reason: ${mark.reason}`
}

/**
 * Marks a figure changed after its quarter was published. The latest date and reason are part of the
 * badge's text for screen readers, and its tooltip for a pointer; the metric's History lists them all.
 */
export function RestatedBadge({ mark, metric, currency }: { mark: RestatementMark; metric: MetricDef; currency: string }) {
  const text = restatedText(mark, metric, currency)
  return (
    <span
      title={text}
      className="mt-1 inline-flex w-fit items-center rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300 ring-inset"
    >
      Restated
      <span className="sr-only">: {text.replace(/^Restated /, '')}</span>
    </span>
  )
}
