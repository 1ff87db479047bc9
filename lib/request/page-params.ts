import { notFound } from 'next/navigation'
import { isCategoryKey, type CategoryKey } from '@/lib/metrics/categories'
import { firstDirection, type SortColumn, type SortDirection } from '@/lib/metrics/comparison-sort'
import { isQuarterKey, previousQuarter, quarterOf, type QuarterKey } from '@/lib/metrics/quarters'
import { getLatestQuarterWithData } from '@/lib/db/queries/quarters'
import { getScopeBySlug, type Scope } from '@/lib/db/queries/teams'
import { getSettings } from '@/lib/db/queries/settings'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/**
 * The quarter a page shows: the one in the URL, else the newest quarter with data, else the quarter
 * that has just ended in the organisation's time zone (the one a quarterly review reports on).
 * A quarter in the URL that is malformed or outside the supported years is a page that does not
 * exist (404), never a fallback that would show other figures under the asked-for link.
 */
export async function resolveQuarter(raw: string | string[] | undefined): Promise<QuarterKey> {
  const asked = first(raw)
  if (asked !== undefined && asked !== '') {
    if (!isQuarterKey(asked)) notFound()
    return asked
  }
  const latest = await getLatestQuarterWithData()
  if (latest && isQuarterKey(latest)) return latest
  const { timeZone } = await getSettings()
  return previousQuarter(quarterOf(new Date(), timeZone))
}

/** The scope in the URL (`org` or a team slug); null when the slug names no team. */
export async function resolveScope(raw: string | string[] | undefined): Promise<Scope | null> {
  return getScopeBySlug(first(raw) ?? 'org')
}

export function resolveCategory(raw: string | string[] | undefined): CategoryKey | null {
  const value = first(raw)
  return value && isCategoryKey(value) ? value : null
}

/** A link that keeps the chosen quarter and scope, so views can be shared by URL. */
export function hrefWith(path: string, params: { quarter: string; scope: string }): string {
  const search = new URLSearchParams({ quarter: params.quarter, scope: params.scope })
  return `${path}?${search.toString()}`
}

/** A comparison's sort from the URL (`sort=overall&dir=desc`); by team name, A to Z, when absent or unknown. */
export function resolveSort(
  rawColumn: string | string[] | undefined,
  rawDirection: string | string[] | undefined,
): { column: SortColumn; direction: SortDirection } {
  const column = first(rawColumn)
  const direction = first(rawDirection)
  if (column !== 'team' && column !== 'overall' && (column === undefined || !isCategoryKey(column))) {
    return { column: 'team', direction: 'ascending' }
  }
  return { column, direction: direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : firstDirection(column) }
}
