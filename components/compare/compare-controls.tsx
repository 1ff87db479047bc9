import { CATEGORIES, type CategoryKey } from '@/lib/metrics/categories'

/**
 * What the comparison shows, as a plain GET form: the choices land in the URL, so a view can be
 * shared, and it works before any script has loaded.
 */
export function CompareControls({
  quarter,
  category,
  showArchived,
}: {
  quarter: string
  category: CategoryKey | null
  showArchived: boolean
}) {
  return (
    <form method="get" action="/compare" className="mb-4 flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
      <input type="hidden" name="quarter" value={quarter} />
      <label className="flex flex-col gap-1">
        <span className="font-medium text-slate-700">Category</span>
        <select name="category" defaultValue={category ?? ''} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
          <option value="">All categories: scores</option>
          {CATEGORIES.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label} metrics
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 py-1.5">
        <input type="checkbox" name="archived" value="1" defaultChecked={showArchived} className="h-4 w-4" />
        Show archived teams
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50">
        Apply
      </button>
    </form>
  )
}
