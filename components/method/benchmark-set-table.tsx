import { LEVEL_LABELS, type BenchmarkSet, type MeasureBenchmark } from '@/lib/metrics/benchmarks'
import type { DoraMeasure } from '@/lib/metrics/catalogue'
import { levelBands, levelRanges } from '@/lib/metrics/dora-levels'
import { DIRECTION_TEXT } from '@/components/catalogue/metric-words'
import { boundText, metricForMeasure } from './level-bands'

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** One benchmark set as published (level × measure), with the number each published range was turned into. */
export function BenchmarkSetTable({ set, badges }: { set: BenchmarkSet; badges: readonly string[] }) {
  const measures = Object.entries(set.measures) as [DoraMeasure, MeasureBenchmark][]
  const bands = levelBands(set)
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{set.title}</h3>
        {badges.map((b) => (
          <span key={b} className="rounded-full bg-blue-50 px-2 py-0.5 text-xs font-medium text-blue-800 ring-1 ring-inset ring-blue-200">
            {b}
          </span>
        ))}
      </div>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[760px] table-fixed border-collapse text-sm">
          <caption className="sr-only">DORA performance levels of the {set.id} report, as published and as used for scoring</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={`${TH} w-40`}>
                Level
              </th>
              {measures.map(([measure, m]) => {
                const metric = metricForMeasure(measure)
                return (
                  <th key={measure} scope="col" className={TH}>
                    {metric.label}
                    <span className="block font-normal normal-case tracking-normal text-slate-500">
                      {DIRECTION_TEXT[m.direction].words}
                    </span>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {bands.map((band) => (
              <tr key={band.level}>
                <th scope="row" className="px-3 py-2 text-left align-top">
                  {LEVEL_LABELS[band.level]}
                  <span className="block text-xs font-normal text-slate-600">
                    scores {band.bottom}–{band.top}
                  </span>
                </th>
                {measures.map(([measure, m]) => {
                  const level = levelRanges(m).find((l) => l.level === band.level)
                  const used = !level?.reachable
                    ? 'no range of its own: inside a better level'
                    : level.bound === null
                      ? 'anything worse'
                      : boundText(metricForMeasure(measure), m, level.bound, level.strict)
                  return (
                    <td key={measure} className="px-3 py-2 align-top">
                      {level ? (
                        <>
                          <span>“{level.published}”</span>
                          <span className="block text-xs text-slate-600">used: {used}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Source: {set.source}.{set.note ? ` ${set.note}` : ''}
      </p>
    </div>
  )
}
