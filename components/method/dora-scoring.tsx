import Link from 'next/link'
import { BENCHMARK_SETS, DEFAULT_BENCHMARK_SET, LEVEL_LABELS, getBenchmarkSet, type MeasureBenchmark } from '@/lib/metrics/benchmarks'
import { CATALOGUE, type DoraMeasure } from '@/lib/metrics/catalogue'
import { MIN_N_FOR_LEVEL } from '@/lib/metrics/scoring'
import { formatScore, formatValue } from '@/lib/metrics/format'
import { doraSlideExample, smallSampleExample } from './dora-examples'
import { ExampleTable } from './example-table'
import { hoursAndDays, levelBands, listInWords, metricForMeasure, type LevelBand } from './level-bands'

function bandsText(bands: readonly LevelBand[]): string {
  return bands.map((b) => `${LEVEL_LABELS[b.level]} ${formatScore(b.bottom)}–${formatScore(b.top)}`).join(', ')
}

/** How the four DORA figures are scored against a published benchmark set. */
export function DoraScoring({ orgDefaultSet }: { orgDefaultSet: string }) {
  const doraMetrics = CATALOGUE.filter((m) => m.dora)
  const defaultSet = getBenchmarkSet(DEFAULT_BENCHMARK_SET)
  const defaultBands = levelBands(defaultSet)
  const otherBands = BENCHMARK_SETS.map((set) => ({ set, bands: levelBands(set) })).filter(
    ({ bands }) => bandsText(bands) !== bandsText(defaultBands),
  )
  const measures = Object.entries(defaultSet.measures) as [DoraMeasure, MeasureBenchmark][]
  const labelsOn = (scale: MeasureBenchmark['scale']) =>
    measures.filter(([, m]) => m.scale === scale).map(([measure]) => metricForMeasure(measure).label.toLowerCase())
  const logMeasures = labelsOn('log')
  const linearMeasures = labelsOn('linear')
  const slide = doraSlideExample()
  const small = smallSampleExample()
  return (
    <>
      <p>
        {listInWords(doraMetrics.map((m, i) => (i === 0 ? m.label : m.label.toLowerCase())))} are judged against the performance levels published in the DORA
        State of DevOps reports, not against a target. Each report year is a <strong>benchmark set</strong> (tables
        below). A quarter records the set that judges it when its first figure is entered, so a newer report never
        rescores a quarter already reported. The default set is {DEFAULT_BENCHMARK_SET}; this organisation records new
        quarters against <strong>{orgDefaultSet}</strong> (change it under <Link href="/settings" className="text-blue-700 underline">Settings</Link>).
      </p>
      <p>
        A figure takes the best level whose published bound it meets, and each level owns a band of scores:{' '}
        <strong>{bandsText(defaultBands)}</strong>.{' '}
        {otherBands.map(({ set, bands }) => (
          <span key={set.id}>
            The {set.id} report has {bands.length} levels, so its bands are {bandsText(bands)}.{' '}
          </span>
        ))}
      </p>
      <p>
        Inside a level the score slides from the top of its band at the level’s better edge to the bottom at its worse
        edge, so it never jumps at a boundary. Times and frequencies ({listInWords(logMeasures)}) span orders of
        magnitude and slide on a log scale: halving a lead time earns the same points wherever it starts within a level.
        {linearMeasures.length > 0 ? ` A ${linearMeasures.join(' and ')} slides on a straight scale.` : ''}
      </p>
      <ExampleTable
        caption={`${slide.metric.label} against the ${slide.setId} set`}
        metric={slide.metric}
        rows={slide.rows.map((r) => ({ ...r, label: slide.metric.unit === 'hours' ? hoursAndDays(formatValue(slide.metric, r.value), r.value) : undefined }))}
        showLevel
      />
      <p>
        A level is named only when the figure rests on at least {MIN_N_FOR_LEVEL} observations (its n, such as the number
        of deployments behind a change failure rate). On fewer the score stands, but no level is claimed: a tier earned
        on a handful of deployments is noise. For example, {small.metric.label.toLowerCase()} with n = {small.n}:{' '}
        <q className="italic">{small.score.explanation}</q>.
      </p>
    </>
  )
}
