import type { CategoryKey } from './categories'

/** What a comparison can be sorted by: the team's name, its overall score or a category's score. */
export type SortColumn = 'team' | 'overall' | CategoryKey
export type SortDirection = 'ascending' | 'descending'

interface Sortable {
  team: { name: string }
  overall: { score: number | null }
  categories: readonly { category: CategoryKey; score: number | null }[]
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function scoreOf(row: Sortable, column: Exclude<SortColumn, 'team'>): number | null {
  return column === 'overall' ? row.overall.score : (row.categories.find((c) => c.category === column)?.score ?? null)
}

/**
 * The rows sorted by one column. A team without a score in that column goes last in either
 * direction (no score is not a low score); ties, and teams without scores, keep name order.
 * Returns a new array.
 */
export function sortComparison<T extends Sortable>(rows: readonly T[], column: SortColumn, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1
  const byName = (a: T, b: T) => collator.compare(a.team.name, b.team.name)
  if (column === 'team') return [...rows].sort((a, b) => sign * byName(a, b))
  return [...rows].sort((a, b) => {
    const x = scoreOf(a, column)
    const y = scoreOf(b, column)
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return x === y ? byName(a, b) : sign * (x - y)
  })
}

/** The direction a column starts in when first chosen: scores best first, names A to Z. */
export function firstDirection(column: SortColumn): SortDirection {
  return column === 'team' ? 'ascending' : 'descending'
}
