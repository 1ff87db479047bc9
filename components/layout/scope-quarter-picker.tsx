'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'

export interface PickerOption {
  value: string
  label: string
}

/**
 * Chooses the quarter and scope shown. Both live in the URL so a view can be shared; changing one
 * keeps every other parameter of the page.
 */
export function ScopeQuarterPicker({
  quarters,
  scopes,
  quarter,
  scope,
}: {
  quarters: PickerOption[]
  scopes: PickerOption[]
  quarter: string
  scope: string
}) {
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()

  function go(name: 'quarter' | 'scope', value: string) {
    const params = new URLSearchParams(searchParams.toString())
    params.set(name, value)
    if (!params.has('quarter')) params.set('quarter', quarter)
    // The entry page keeps its quarter in the path.
    const path = name === 'quarter' && pathname.startsWith('/entry/') ? `/entry/${value}` : pathname
    router.push(`${path}?${params.toString()}`)
  }

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-2">
        <span className="text-slate-600">Quarter</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
          value={quarter}
          onChange={(e) => go('quarter', e.target.value)}
        >
          {quarters.map((q) => (
            <option key={q.value} value={q.value}>
              {q.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <span className="text-slate-600">Scope</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
          value={scope}
          onChange={(e) => go('scope', e.target.value)}
        >
          {scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
