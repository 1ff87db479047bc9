import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { ImportHelp } from '@/components/import/import-help'
import { ImportPanel } from '@/components/import/import-panel'
import { TemplateLinks } from '@/components/import/template-links'
import { requirePagePermission } from '@/lib/request/current-user'
import { getSettings } from '@/lib/db/queries/settings'
import { importableCategories } from '@/lib/import/import-access'
import { getCategory } from '@/lib/metrics/categories'
import { fiscalLabel, isQuarterKey, quarterOf } from '@/lib/metrics/quarters'
import { scopeDisplayName } from '@/lib/db/queries/teams'
import { resolveScope, type SearchParams } from '@/lib/request/page-params'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Import figures' }

export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission({ do: 'read' })
  // Importing is editing by file: only someone who may edit at least one category may see this page.
  const categories = importableCategories(actor)
  if (categories.length === 0) redirect('/forbidden')
  const params = await searchParams
  const [settings, scope] = await Promise.all([getSettings(), resolveScope(params.scope)])
  if (!scope) notFound()
  const current = quarterOf(new Date(), settings.timeZone)
  // The template follows the picker: its quarter when one is chosen, else the quarter in progress.
  const asked = typeof params.quarter === 'string' && isQuarterKey(params.quarter) ? params.quarter : current
  const limited = categories.length < 6 ? categories.map((c) => getCategory(c).label) : null
  return (
    <>
      <PageHeader
        title="Import figures"
        description="Load a quarter’s figures from a spreadsheet: check the file first, then apply it. An import is all or nothing."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-1 text-lg font-semibold">1. Start from the template</h2>
          <p className="mb-3 text-sm text-slate-600">
            One blank row per metric{limited ? ` of ${limited.join(', ')}` : ''} for {scopeDisplayName(scope, settings.orgName)} in{' '}
            {fiscalLabel(asked, settings.fiscalStartMonth)} ({asked}). Fill in values; change the quarter or scope as needed. The quarter
            and scope pickers above choose the template’s.
          </p>
          <TemplateLinks quarter={asked} scope={scope.slug} />
          <ImportHelp fiscalExample={fiscalLabel(current, settings.fiscalStartMonth)} quarterExample={current} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">2. Upload, check and apply</h2>
          <ImportPanel />
        </Card>
      </div>
    </>
  )
}
