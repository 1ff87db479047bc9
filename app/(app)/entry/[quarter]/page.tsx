import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { CategoryTabs } from '@/components/entry/category-tabs'
import { EntryForm } from '@/components/entry/entry-form'
import { EntryNotice } from '@/components/entry/entry-notice'
import { dayOf } from '@/components/entry/metric-notes'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { getEntryFormData } from '@/lib/db/queries/entry'
import { getSettings } from '@/lib/db/queries/settings'
import { CATEGORY_KEYS, getCategory, isCategoryKey, type CategoryKey } from '@/lib/metrics/categories'
import { requirePagePermission } from '@/lib/request/current-user'
import { can } from '@/lib/auth/permissions'
import { calendarSpan, fiscalLabel, isQuarterKey } from '@/lib/metrics/quarters'
import { hrefWith, resolveScope, type SearchParams } from '@/lib/request/page-params'
import { saveCategoryEntryAction } from './actions'
import { scopeDisplayName } from '@/lib/db/queries/teams'

export const metadata: Metadata = { title: 'Enter figures' }

export default async function EntryPage({ params, searchParams }: { params: Promise<{ quarter: string }>; searchParams: SearchParams }) {
  const actor = await requirePagePermission({ do: 'read' })
  const editable = CATEGORY_KEYS.filter((key) => can(actor, { do: 'edit-category', category: key }))
  // Viewers read and export; the entry forms are not theirs to reach.
  if (editable.length === 0) redirect('/forbidden')
  const [{ quarter }, search] = await Promise.all([params, searchParams])
  if (!isQuarterKey(quarter)) notFound()
  const categoryParam = typeof search.category === 'string' ? search.category : editable[0]
  if (!isCategoryKey(categoryParam)) notFound()
  const category: CategoryKey = categoryParam
  const scope = await resolveScope(search.scope)
  if (!scope) notFound()

  const [data, settings] = await Promise.all([getEntryFormData(scope.id, quarter, category), getSettings()])
  const quarterLabel = fiscalLabel(quarter, settings.fiscalStartMonth)
  const scopeName = scopeDisplayName(scope, settings.orgName)
  const { label, summary, owner } = getCategory(category)
  const mayEdit = editable.includes(category)
  // A published quarter stays editable: a change there is a restatement and asks for a reason.
  const readOnly = !mayEdit || scope.archived
  const hrefFor = (key: CategoryKey) => `/entry/${quarter}?${new URLSearchParams({ scope: scope.slug, category: key }).toString()}`

  return (
    <>
      <PageHeader
        title={`Enter figures for ${quarterLabel}`}
        description={`${scopeName} · ${calendarSpan(quarter)}`}
        actions={
          <Link href={hrefWith('/', { quarter, scope: scope.slug })} className={buttonClass('secondary')}>
            View scorecard
          </Link>
        }
      />
      <CategoryTabs active={category} hrefFor={hrefFor} />
      {!mayEdit ? (
        <EntryNotice title={`You can view ${label} but not change it`}>
          Your role lets you edit only: {editable.map((key) => getCategory(key).label).join(', ')}.
        </EntryNotice>
      ) : scope.archived ? (
        <EntryNotice title="This team is archived">Its figures are shown read-only. Restore the team to change them.</EntryNotice>
      ) : data.publishedAt ? (
        <EntryNotice title={`${quarterLabel} is published`}>
          Published {dayOf(data.publishedAt, settings.timeZone)}
          {data.publishedBy ? ` by ${data.publishedBy}` : ''}. Its figures are locked. A change is a restatement: give a reason below, and
          each changed figure is recorded with its old value, new value, the reason, who and when, and marked “Restated” on the scorecard.
        </EntryNotice>
      ) : null}
      <Card className="p-4 sm:p-6">
        <div className="mb-2">
          <h2 id="entry-form-title" className="text-lg font-semibold">
            {label}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {summary} Usually entered by: {owner}. Leave a field blank when there is no data; blank is stored as no data, never as 0.
          </p>
        </div>
        <EntryForm
          key={`${scope.id}/${quarter}/${category}`}
          action={saveCategoryEntryAction}
          scopeId={scope.id}
          quarter={quarter}
          category={category}
          data={data}
          settings={{ currency: settings.currency, timeZone: settings.timeZone, fiscalStartMonth: settings.fiscalStartMonth }}
          readOnly={readOnly}
        />
      </Card>
    </>
  )
}
