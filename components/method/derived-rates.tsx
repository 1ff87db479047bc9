import { formatValue } from '@/lib/metrics/format'
import { derivationExamples } from './derivation-examples'

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'
const count = new Intl.NumberFormat('en-US')

/** Rates the entry form works out from counts, with each formula from derivations.ts and a worked example. */
export function DerivedRates() {
  const examples = derivationExamples()
  return (
    <>
      <p>
        Some rates are easier to get right from the counts behind them, so the entry form can take the counts and work out the rate. The
        counts are kept with the figure as its sample size <strong>n</strong>, shown beside the rate. Attrition is annualized: a quarter’s
        leavers are multiplied by 4 so the rate compares with yearly figures.
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[720px] border-collapse text-sm">
          <caption className="sr-only">Rates derived from counts, with worked examples</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>
                Rate
              </th>
              <th scope="col" className={TH}>
                Formula
              </th>
              <th scope="col" className={TH}>
                Example counts
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Result
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {examples.map(({ metric, counts, result }) => (
              <tr key={metric.key}>
                <th scope="row" className="px-3 py-2 text-left align-top font-medium">
                  {metric.label}
                </th>
                <td className="px-3 py-2 align-top font-mono text-xs">{metric.derivation.formula}</td>
                <td className="px-3 py-2 align-top">
                  <ul>
                    {counts.map((c) => (
                      <li key={c.label}>
                        {c.label}: <span className="tabular-nums">{count.format(c.value)}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2 text-right align-top tabular-nums whitespace-nowrap">
                  {result ? (
                    <>
                      <span className="font-semibold">{formatValue(metric, result.value)}</span>
                      <span className="block text-xs text-slate-600">n = {count.format(result.n)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
