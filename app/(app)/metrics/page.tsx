import type { Metadata } from 'next'
import Link from 'next/link'
import { CATEGORIES } from '@/lib/metrics/categories'
import { CATALOGUE, metricsInCategory } from '@/lib/metrics/catalogue'
import { getSettings } from '@/lib/db/queries/settings'
import { PageHeader } from '@/components/ui/page-header'
import { CategoryMetricsTable } from '@/components/catalogue/category-metrics-table'
import { requirePagePermission } from '@/lib/request/current-user'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Metrics' }

/** The catalogue as people read it: every metric, its definition, formula, target and how it is judged. */
export default async function MetricsPage() {
  await requirePagePermission({ do: 'read' })
  const settings = await getSettings()
  return (
    <>
      <PageHeader
        title="Metrics"
        description={`The ${CATALOGUE.length} figures the scorecard tracks in ${CATEGORIES.length} categories: what each means, how it is computed and how it is judged.`}
        actions={
          <Link href="/how-scores-work" className="text-sm font-medium text-blue-700 hover:underline">
            How scores work →
          </Link>
        }
      />
      <nav aria-label="Categories" className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {CATEGORIES.map((c) => (
            <li key={c.key}>
              <a
                href={`#category-${c.key}`}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:bg-slate-100"
              >
                {c.label} <span className="text-slate-500">({metricsInCategory(c.key).length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-6">
        {CATEGORIES.map((c) => (
          <CategoryMetricsTable
            key={c.key}
            category={c}
            metrics={metricsInCategory(c.key)}
            currency={settings.currency}
            benchmarkSet={settings.defaultBenchmarkSet}
          />
        ))}
      </div>
    </>
  )
}
