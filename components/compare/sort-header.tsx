import type { SortColumn, SortDirection } from '@/lib/metrics/comparison-sort'

/** A column header that sorts the table: a real button, so Tab and Enter or Space work. */
export function SortHeader({
  column,
  label,
  sort,
  onSort,
  className = '',
}: {
  column: SortColumn
  label: string
  sort: { column: SortColumn; direction: SortDirection }
  onSort: (column: SortColumn) => void
  className?: string
}) {
  const active = sort.column === column
  const arrow = active ? (sort.direction === 'ascending' ? '↑' : '↓') : '↕'
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={`px-1 py-1 text-left align-bottom ${className}`}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-baseline gap-1 rounded px-2 py-1 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        {label}
        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-400'}>
          {arrow}
        </span>
      </button>
    </th>
  )
}
