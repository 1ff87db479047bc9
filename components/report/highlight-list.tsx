import { StatusPill } from '@/components/scorecard/status-pill'
import type { Status } from '@/lib/metrics/scoring'
import type { Highlight } from '@/lib/reports/report-types'

/** Biggest improvements or risks: each figure with its value against target, score, status and why it is listed. */
export function HighlightList({
  title,
  items,
  empty,
  statusOf,
}: {
  title: string
  items: Highlight[]
  empty: string
  statusOf: (metricKey: string) => Status | null
}) {
  const id = `${title.toLowerCase().replace(/\W+/g, '-')}-heading`
  return (
    <section aria-labelledby={id} className="min-w-0 flex-1">
      <h3 id={id} className="text-base font-semibold">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.metricKey} className="report-keep py-2 text-sm">
              <p className="font-medium text-slate-900">{item.label}</p>
              <p className="text-xs text-slate-600">{item.categoryLabel}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 tabular-nums">
                <span>
                  {item.valueText} against target {item.targetText} · score {item.scoreText}
                </span>
                <StatusPill status={statusOf(item.metricKey)} label={item.statusText} />
              </p>
              <p className="mt-0.5 text-xs text-slate-600">{item.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
