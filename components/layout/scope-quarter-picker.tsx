'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { confirmLeave } from '@/components/entry/use-unsaved-changes'
import { PickerSelect } from './picker-select'

export interface PickerOption {
  value: string
  label: string
}

/**
 * Chooses the quarter and scope shown. Both live in the URL so a view can be shared; changing one
 * keeps every other parameter of the page. A form with unsaved edits is asked about first.
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

  function go(name: 'quarter' | 'scope', value: string): boolean {
    if (!confirmLeave()) return false
    const params = new URLSearchParams(searchParams.toString())
    params.set(name, value)
    if (!params.has('quarter')) params.set('quarter', quarter)
    // The entry page keeps its quarter in the path.
    const path = name === 'quarter' && pathname.startsWith('/entry/') ? `/entry/${value}` : pathname
    router.push(`${path}?${params.toString()}`)
    return true
  }

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <PickerSelect label="Quarter" options={quarters} value={quarter} onCommit={(value) => go('quarter', value)} />
      <PickerSelect label="Scope" options={scopes} value={scope} onCommit={(value) => go('scope', value)} />
    </div>
  )
}
