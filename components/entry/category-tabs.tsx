import Link from 'next/link'
import { CATEGORIES, type CategoryKey } from '@/lib/metrics/categories'

/** One link per category; each is its own form, so these are links (a page each), not ARIA tabs. */
export function CategoryTabs({ active, hrefFor }: { active: CategoryKey; hrefFor: (category: CategoryKey) => string }) {
  return (
    <nav aria-label="Categories" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {CATEGORIES.map((category) => {
          const current = category.key === active
          return (
            <li key={category.key}>
              <Link
                href={hrefFor(category.key)}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-t-md border-b-2 px-3 py-2 text-sm ${
                  current
                    ? 'border-blue-700 font-semibold text-blue-800'
                    : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
                }`}
              >
                {category.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
