import Link from 'next/link'
import { BENCHMARK_SETS, DEFAULT_BENCHMARK_SET, LEVEL_LABELS, getBenchmarkSet, type MeasureBenchmark } from '@/lib/metrics/benchmarks'
import { CATALOGUE, type DoraMeasure } from '@/lib/metrics/catalogue'
import { bandsText, levelBands, MIN_N_FOR_LEVEL } from '@/lib/metrics/dora-levels'
import { formatScore, formatValue } from '@/lib/metrics/format'
import { doraSlideExample, gapExample, settledExample, smallSampleExample } from './dora-examples'
import { ExampleTable } from './example-table'
import { hoursAndDays, listInWords, metricForMeasure } from './level-bands'

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
  const gap = gapExample()
  const settled = settledExample()
  return (
    <>
      <p>
        {listInWords(doraMetrics.map((m, i) => (i === 0 ? m.label : m.label.toLowerCase())))} are judged against the performance levels
        published in the DORA State of DevOps reports, not against a target. Each report year is a <strong>benchmark set</strong> (tables
        below). A quarter records the set that judges it when its first figure is entered, so a newer report never rescores a quarter
        already reported. The default set is {DEFAULT_BENCHMARK_SET}; this organisation records new quarters against{' '}
        <strong>{orgDefaultSet}</strong> (change it under{' '}
        <Link href="/settings" className="text-blue-700 underline">
          Settings
        </Link>
        ).
      </p>
      <p>
        A figure takes the best level whose published bound it meets, and each level owns a band of scores, the same table for the scorer,
        this page and the board report: <strong>{bandsText(defaultBands)}</strong>.{' '}
        {otherBands.map(({ set, bands }) => (
          <span key={set.id}>
            The {set.id} report has {bands.length} levels, so its bands are {bandsText(bands)}.{' '}
          </span>
        ))}
      </p>
      <p>
        Inside a level the score slides from the top of its band at the level’s better edge to the bottom at its worse edge, so it never
        jumps inside a level or between two neighbouring levels. Times and frequencies ({listInWords(logMeasures)}) span orders of magnitude
        and slide on a log scale: halving a lead time earns the same points wherever it starts within a level.
        {linearMeasures.length > 0 ? ` A ${linearMeasures.join(' and ')} slides on a straight scale.` : ''}
      </p>
      <ExampleTable
        caption={`${slide.metric.label} against the ${slide.setId} set`}
        metric={slide.metric}
        rows={slide.rows.map((r) => ({
          ...r,
          label: slide.metric.unit === 'hours' ? hoursAndDays(formatValue(slide.metric, r.value), r.value) : undefined,
        }))}
        showLevel
      />
      <p>
        <strong>Bounds follow the published wording.</strong> “&lt; 1 day” excludes one day, so a lead time of exactly 24 h is High, not
        Elite, under 2023; the same holds for “&lt; 1 hour”. Where the next level’s range starts at once a day (“once a day – once a week”),
        Elite needs more than one deployment a day. Ranges written “1 day – 1 week” include both ends. Where a report leaves a gap between
        two levels (2021: Elite “&lt; 1 hour”, High “1 day–1 week”), a figure in it is scored in the lower level and described as what it
        is: a lead time of 5 h reads “between Elite (&lt; 1 hour) and High (1 day–1 week), a gap the report leaves”.
      </p>
      <p>
        <strong>A level with no range of its own.</strong> Some sets publish a level whose figure already lies inside a better level’s
        (2024’s Medium change failure rate of 10% sits inside High’s 20%). No figure can be rated that level, and its band stays empty: the
        next level down starts where the last level a figure can reach ends, at the top of its own band. Low never stretches over a band it
        did not earn, so the score drops by the empty band at that edge:{' '}
        {gap.rows.map((r, i) => (
          <span key={r.value}>
            {i > 0 ? (i === gap.rows.length - 1 ? ' and ' : ', ') : ''}
            {formatValue(gap.metric, r.value)} scores {formatScore(r.score.score)} (
            {r.score.level ? LEVEL_LABELS[r.score.level] : 'no level'})
          </span>
        ))}{' '}
        under {gap.setId}. The worst level catches every figure past the last bound, so it is named by what the figure is (“worse than High
        (&lt; 1 day)”), not by a published range the figure may not fit.
      </p>
      <p>
        <strong>Levels on small samples.</strong> A level is shown whenever the figure settles it, whatever its n, and withheld (“n too
        small”) only when a few more events could change it. Deployment frequency counts every deployment of the quarter, so its level is
        always settled: {settled.text}. A change failure rate on n below {MIN_N_FOR_LEVEL} deployments is settled when it would keep its
        level with enough further deployments to reach {MIN_N_FOR_LEVEL}, all failing or all sound. A median of fewer than {MIN_N_FOR_LEVEL}{' '}
        durations is never settled, since further observations can move a median anywhere. The score always stands. For example,{' '}
        {small.metric.label.toLowerCase()} with n = {small.n}: <q className="italic">{small.score.explanation}</q>.
      </p>
    </>
  )
}
