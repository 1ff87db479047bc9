import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { INPUT_CLASS } from '@/components/ui/form-field'
import type { AuditFilters } from '@/lib/db/queries/audit'

function Choice({
  id,
  label,
  value,
  options,
  all,
}: {
  id: keyof AuditFilters
  label: string
  value: string
  options: readonly string[]
  all: string
}) {
  // A value no longer in the log (a hand-edited URL) stays selectable, so the form shows what filters.
  const choices = value && !options.includes(value) ? [value, ...options] : options
  return (
    <div>
      <label htmlFor={`audit-${id}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`audit-${id}`} name={id} defaultValue={value} className={INPUT_CLASS}>
        <option value="">{all}</option>
        {choices.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The audit log's filters as a plain GET form, so a filtered view lives in the URL: it can be
 * bookmarked, shared and paged, and works without JavaScript.
 */
export function AuditFilterForm({
  filters,
  facets,
  keep,
}: {
  filters: AuditFilters
  facets: { actors: string[]; entities: string[]; actions: string[] }
  /** Other URL parameters to carry along (the chosen quarter and scope). */
  keep: Record<string, string>
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label="Filter the audit log"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <Choice id="actor" label="Who" value={filters.actor} options={facets.actors} all="Anyone" />
        <Choice id="entity" label="Entity type" value={filters.entity} options={facets.entities} all="Any type" />
        <Choice id="action" label="Action" value={filters.action} options={facets.actions} all="Any action" />
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium text-slate-800">
            From (UTC)
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from} className={INPUT_CLASS} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium text-slate-800">
            To (UTC, inclusive)
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to} className={INPUT_CLASS} />
        </div>
        <div>
          <label htmlFor="audit-q" className="block text-sm font-medium text-slate-800">
            Entity id contains
          </label>
          <input
            id="audit-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={200}
            placeholder="e.g. 2026-Q3/releases"
            className={INPUT_CLASS}
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass('primary')}>
          Filter
        </button>
        <Link
          href={`/admin/audit${Object.keys(keep).length ? `?${new URLSearchParams(keep).toString()}` : ''}`}
          className="text-sm text-blue-700 underline-offset-4 hover:underline"
        >
          Clear filters
        </Link>
      </div>
    </form>
  )
}
