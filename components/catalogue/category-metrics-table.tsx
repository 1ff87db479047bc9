import type { Category } from '@/lib/metrics/categories'
import type { MetricDef } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import { UNITS } from '@/lib/metrics/units'
import { ROLLUP_RULE_TEXT } from '@/lib/metrics/team-rollup'
import { Card } from '@/components/ui/card'
import { DIRECTION_TEXT, judgedText } from './metric-words'

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'
const TD = 'px-3 py-3 align-top'

/** One category of the catalogue as a table: everything a reader needs to trust a figure. */
export function CategoryMetricsTable({
  category,
  metrics,
  currency,
  benchmarkSet,
}: {
  category: Category
  metrics: readonly MetricDef[]
  currency: string
  benchmarkSet: string
}) {
  const headingId = `category-${category.key}`
  return (
    <Card className="scroll-mt-4">
      <div id={headingId} className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">{category.label}</h2>
          <p className="text-sm text-slate-600">{category.summary}</p>
        </div>
        <p className="text-sm text-slate-600">
          Owner: <span className="font-medium text-slate-800">{category.owner}</span>
        </p>
      </div>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[960px] table-fixed border-collapse text-sm">
          <caption className="sr-only">Metrics of {category.label}</caption>
          <colgroup>
            <col className="w-[16%]" />
            <col className="w-[9%]" />
            <col className="w-[11%]" />
            <col className="w-[26%]" />
            <col className="w-[8%]" />
            <col className="w-[18%]" />
            <col className="w-[12%]" />
          </colgroup>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>
                Metric
              </th>
              <th scope="col" className={TH}>
                Unit
              </th>
              <th scope="col" className={TH}>
                Direction
              </th>
              <th scope="col" className={TH}>
                Definition and formula
              </th>
              <th scope="col" className={TH}>
                Default target
              </th>
              <th scope="col" className={TH}>
                How it is judged
              </th>
              <th scope="col" className={TH}>
                Source
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {metrics.map((m) => (
              <tr key={m.key}>
                <th scope="row" className={`${TD} text-left font-medium text-slate-900`}>
                  {m.label}
                  <code className="mt-1 block font-mono text-xs font-normal text-slate-500">{m.key}</code>
                </th>
                <td className={TD}>{m.unit === 'currency' ? `currency (${currency})` : UNITS[m.unit].label}</td>
                <td className={TD}>
                  <span aria-hidden="true" className="mr-1 font-semibold">
                    {DIRECTION_TEXT[m.direction].arrow}
                  </span>
                  {DIRECTION_TEXT[m.direction].words}
                </td>
                <td className={TD}>
                  <p>{m.definition}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    <span className="font-medium">Formula:</span> {m.formula}
                  </p>
                  <p className="mt-1 text-xs text-slate-600">
                    <span className="font-medium">Roll-up from teams:</span> {ROLLUP_RULE_TEXT[m.rollup]}
                  </p>
                </td>
                <td className={`${TD} whitespace-nowrap tabular-nums`}>
                  {m.defaultTarget === null ? <span className="text-slate-500">None</span> : formatValue(m, m.defaultTarget, { currency })}
                </td>
                <td className={TD}>
                  <p className="font-medium text-slate-800">{judgedText(m, benchmarkSet).basis}</p>
                  <p className="mt-1 text-xs text-slate-600">{judgedText(m, benchmarkSet).detail}</p>
                </td>
                <td className={`${TD} text-xs text-slate-600`}>{m.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  )
}
