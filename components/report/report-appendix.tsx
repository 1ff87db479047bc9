import { StatusPill } from '@/components/scorecard/status-pill'
import type { ReportModel } from '@/lib/reports/report-types'
import { appendixLabel } from '@/lib/reports/figure-notes'
import { isoDay } from './report-cover'
import { RestatementTable } from './restatement-table'

const TH = 'px-2 py-1.5 text-left text-xs font-semibold text-slate-600'
const TD = 'px-2 py-1.5 align-top print:py-0.5'

/** Every figure in one table (value, unit, target, score, status, source, last changed), then the method. */
export function ReportAppendix({ model }: { model: ReportModel }) {
  const { appendix, sections } = model
  const { method } = appendix
  return (
    <section aria-labelledby="appendix-heading" className="report-page rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold tracking-wider text-slate-600 uppercase">Appendix</p>
      <h2 id="appendix-heading" className="text-2xl font-semibold tracking-tight">
        All figures
      </h2>
      <div className="relative mt-3 overflow-x-auto">
        <table className="min-w-full text-sm tabular-nums">
          <caption className="sr-only">Every figure of {model.meta.quarterLabel}, by category</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className={TH}>
                Figure
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Value
              </th>
              <th scope="col" className={TH}>
                Unit
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Target
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Score
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                Source
              </th>
              <th scope="col" className={TH}>
                Last changed
              </th>
            </tr>
          </thead>
          {sections.map((section) => (
            <tbody key={section.key} className="divide-y divide-slate-100">
              <tr>
                <th scope="colgroup" colSpan={8} className="bg-slate-50 px-2 pt-3 pb-1 text-left text-sm font-semibold">
                  {section.label}
                </th>
              </tr>
              {appendix.figures
                .filter((f) => f.category === section.key)
                .map((f) => (
                  <tr key={f.key} className="report-keep">
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      {appendixLabel(f.label, f.restatement)}
                    </th>
                    <td className={`${TD} text-right font-semibold whitespace-nowrap`}>{f.valueText}</td>
                    <td className={`${TD} text-slate-600`}>{f.unitLabel}</td>
                    <td className={`${TD} text-right whitespace-nowrap`}>{f.targetText}</td>
                    <td className={`${TD} text-right`}>{f.scoreText}</td>
                    <td className={`${TD} whitespace-nowrap`}>
                      <StatusPill status={f.status} label={f.statusText} />
                    </td>
                    <td className={TD}>{f.source ?? '—'}</td>
                    <td className={`${TD} whitespace-nowrap`}>
                      {f.updatedAt ? (
                        <>
                          <time dateTime={f.updatedAt}>{isoDay(f.updatedAt)}</time>
                          {f.updatedBy ? <span className="text-xs text-slate-600"> · {f.updatedBy}</span> : null}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>

      <RestatementTable model={model} />

      <h2 className="report-break mt-8 text-xl font-semibold tracking-tight">Method</h2>
      <p className="mt-1 text-sm text-slate-700">
        Benchmark set: {method.benchmark.title} ({method.benchmark.source}).
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
        {method.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <h3 className="mt-5 text-base font-semibold">Formulas</h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-2 print:grid-cols-3 print:text-xs">
        {method.formulas.map((f) => (
          <div key={f.label} className="report-keep">
            <dt className="font-medium">{f.label}</dt>
            <dd className="text-slate-700">= {f.formula}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
