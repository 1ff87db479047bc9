'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { ScopeQuarterPicker, type PickerOption } from './scope-quarter-picker'

/** Reads the current quarter and scope from the URL (or the entry page's path) for the picker. */
export function ScopeQuarterPickerFromUrl({
  quarters,
  scopes,
  fallback,
}: {
  quarters: PickerOption[]
  scopes: PickerOption[]
  fallback: string
}) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const fromPath = /^\/entry\/(\d{4}-Q[1-4])/.exec(pathname)?.[1]
  const quarter = fromPath ?? searchParams.get('quarter') ?? fallback
  const scope = searchParams.get('scope') ?? 'org'
  const quarterOptions = quarters.some((q) => q.value === quarter) ? quarters : [{ value: quarter, label: quarter }, ...quarters]
  return <ScopeQuarterPicker quarters={quarterOptions} scopes={scopes} quarter={quarter} scope={scope} />
}
