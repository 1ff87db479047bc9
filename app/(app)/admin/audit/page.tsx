import type { Metadata } from 'next'
import { AuditFilterForm } from '@/components/audit/audit-filter-form'
import { AuditPager } from '@/components/audit/audit-pager'
import { AuditTable } from '@/components/audit/audit-table'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import {
  AUDIT_PAGE_SIZE,
  countAuditEvents,
  listAuditEvents,
  listAuditFacets,
  parseAuditSearch,
  type AuditFilters,
} from '@/lib/db/queries/audit'
import { getAuditNames } from '@/lib/db/queries/audit-names'
import { getSettings } from '@/lib/db/queries/settings'
import { requirePagePermission } from '@/lib/request/current-user'
import type { SearchParams } from '@/lib/request/page-params'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Audit log' }

/** The URL of a page of the log: the filters that are set, the carried quarter and scope, and the cursor. */
function pageHref(filters: AuditFilters, keep: Record<string, string>, cursor: Record<string, number>): string {
  const set = Object.entries(filters).filter(([, value]) => value !== '')
  const params = new URLSearchParams([...set, ...Object.entries(keep), ...Object.entries(cursor).map(([k, v]) => [k, String(v)])])
  return `/admin/audit?${params.toString()}`
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission({ do: 'view-audit' })
  const search = await searchParams
  const { filters, cursor } = parseAuditSearch(search)
  const keep = Object.fromEntries(
    (['quarter', 'scope'] as const).flatMap((name) => (typeof search[name] === 'string' ? [[name, search[name]]] : [])),
  ) as Record<string, string>
  const [page, total, facets] = await Promise.all([listAuditEvents(filters, cursor), countAuditEvents(filters), listAuditFacets()])
  const filtered = Object.values(filters).some((value) => value !== '')
  const names = await getAuditNames(page.events, (await getSettings()).orgName)

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change recorded by the app, newest first, with who made it and the values before and after. Times are UTC. The log is append-only: nothing in the app edits or deletes it."
      />
      <AuditFilterForm filters={filters} facets={facets} keep={keep} />
      <p role="status" className="mb-2 text-sm text-slate-600">
        {total.toLocaleString('en-US')} {total === 1 ? 'event' : 'events'}
        {filtered ? (total === 1 ? ' matches these filters' : ' match these filters') : ' in all'}
        {total > AUDIT_PAGE_SIZE ? `; ${AUDIT_PAGE_SIZE} per page` : ''}.
      </p>
      {page.events.length === 0 ? (
        <EmptyState title={filtered ? 'No events match these filters.' : 'No events on this page.'} />
      ) : (
        <AuditTable events={page.events} names={names} />
      )}
      <AuditPager
        newerHref={page.newer ? pageHref(filters, keep, { after: page.newer }) : null}
        olderHref={page.older ? pageHref(filters, keep, { before: page.older }) : null}
      />
    </>
  )
}
