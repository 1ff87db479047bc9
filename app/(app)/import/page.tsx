import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { ImportHelp } from '@/components/import/import-help'
import { ImportPanel } from '@/components/import/import-panel'
import { TemplateLinks } from '@/components/import/template-links'
import { requirePagePermission } from '@/lib/request/current-user'
import { getSettings } from '@/lib/db/queries/settings'
import { importableCategories } from '@/lib/import/import-access'
import { getCategory } from '@/lib/metrics/categories'
import { fiscalLabel, quarterOf } from '@/lib/metrics/quarters'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Import figures' }

export default async function ImportPage() {
  const actor = await requirePagePermission({ do: 'read' })
  // Importing is editing by file: only someone who may edit at least one category may see this page.
  const categories = importableCategories(actor)
  if (categories.length === 0) redirect('/forbidden')
  const settings = await getSettings()
  const current = quarterOf(new Date(), settings.timeZone)
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
            One blank row per metric{limited ? ` of ${limited.join(', ')}` : ''} for the organisation in{' '}
            {fiscalLabel(current, settings.fiscalStartMonth)} ({current}). Fill in values; change the quarter or scope as needed.
          </p>
          <TemplateLinks />
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
