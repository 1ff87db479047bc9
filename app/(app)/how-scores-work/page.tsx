import type { Metadata } from 'next'
import Link from 'next/link'
import { BENCHMARK_SETS, DEFAULT_BENCHMARK_SET } from '@/lib/metrics/benchmarks'
import { getSettings } from '@/lib/db/queries/settings'
import { PageHeader } from '@/components/ui/page-header'
import { BenchmarkSetTable } from '@/components/method/benchmark-set-table'
import { DerivedRates } from '@/components/method/derived-rates'
import { DoraScoring } from '@/components/method/dora-scoring'
import { HonestFigures } from '@/components/method/honest-figures'
import { MethodSection } from '@/components/method/method-section'
import { RollupExplainer } from '@/components/method/rollup-explainer'
import { StatusThresholds } from '@/components/method/status-thresholds'
import { TargetScoring } from '@/components/method/target-scoring'
import { TeamRollupExplainer } from '@/components/method/team-rollup-explainer'
import { requirePagePermission } from '@/lib/request/current-user'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'How scores work' }

const SECTIONS = [
  { id: 'scores', title: 'Scores and status' },
  { id: 'dora', title: 'DORA figures: judged against published benchmarks' },
  { id: 'targets', title: 'Other figures: judged against their target' },
  { id: 'rollup', title: 'Categories, the overall score and missing data' },
  { id: 'team-rollup', title: 'Team figures: rolled up into the organisation' },
  { id: 'derived', title: 'Rates worked out from counts' },
  { id: 'benchmarks', title: 'DORA benchmark sets' },
] as const

/**
 * The scoring method in words a board member can follow. Every number on the page is read from
 * lib/metrics or computed by its functions, so the explanation cannot drift from the code.
 */
export default async function HowScoresWorkPage() {
  await requirePagePermission({ do: 'read' })
  const settings = await getSettings()
  const title = (id: (typeof SECTIONS)[number]['id']) => SECTIONS.find((s) => s.id === id)?.title ?? id
  return (
    <>
      <PageHeader
        title="How scores work"
        description="How each figure becomes a score from 0 to 100, how scores add up to categories and an overall score, and where the benchmarks come from."
        actions={
          <Link href="/metrics" className="text-sm font-medium text-blue-700 hover:underline">
            All metrics →
          </Link>
        }
      />
      <nav aria-label="On this page" className="mb-4">
        <ol className="flex flex-wrap gap-2 text-sm">
          {SECTIONS.map((s, i) => (
            <li key={s.id}>
              <a
                href={`#${s.id}`}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:bg-slate-100"
              >
                {i + 1}. {s.title.split(':')[0]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="space-y-6">
        <MethodSection id="scores" title={title('scores')}>
          <StatusThresholds />
        </MethodSection>
        <MethodSection id="dora" title={title('dora')}>
          <DoraScoring orgDefaultSet={settings.defaultBenchmarkSet} />
        </MethodSection>
        <MethodSection id="targets" title={title('targets')}>
          <TargetScoring />
        </MethodSection>
        <MethodSection id="rollup" title={title('rollup')}>
          <RollupExplainer />
        </MethodSection>
        <MethodSection id="team-rollup" title={title('team-rollup')}>
          <TeamRollupExplainer />
        </MethodSection>
        <MethodSection id="derived" title={title('derived')}>
          <DerivedRates />
        </MethodSection>
        <HonestFigures />
        <MethodSection id="benchmarks" title={title('benchmarks')}>
          <p>
            Each set as published, and the number each published range was turned into (“used”). A figure takes the best level whose number
            it meets; the last level takes everything else.
          </p>
          {[...BENCHMARK_SETS].reverse().map((set) => (
            <BenchmarkSetTable
              key={set.id}
              set={set}
              badges={[
                ...(set.id === DEFAULT_BENCHMARK_SET ? ['Default'] : []),
                ...(set.id === settings.defaultBenchmarkSet ? ['New quarters use this set'] : []),
              ]}
            />
          ))}
        </MethodSection>
      </div>
    </>
  )
}
