'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { ScopeQuarterPicker, type PickerOption } from './scope-quarter-picker'
import { scopeOptions } from './scope-options'

/** Reads the current quarter and scope from the URL (or the entry page's path) for the picker. */
export function ScopeQuarterPickerFromUrl({
  quarters,
  scopes,
  archivedScopes,
  fallback,
}: {
  quarters: PickerOption[]
  scopes: PickerOption[]
  /** Archived teams; only the one the URL names is offered. */
  archivedScopes: PickerOption[]
  fallback: string
}) {
  const searchParams = useSearchParams()
  const pathname = usePathname()
  const fromPath = /^\/entry\/(\d{4}-Q[1-4])/.exec(pathname)?.[1]
  const quarter = fromPath ?? searchParams.get('quarter') ?? fallback
  const scope = searchParams.get('scope') ?? 'org'
  const quarterOptions = quarters.some((q) => q.value === quarter) ? quarters : [{ value: quarter, label: quarter }, ...quarters]
  return (
    <ScopeQuarterPicker quarters={quarterOptions} scopes={scopeOptions(scopes, archivedScopes, scope)} quarter={quarter} scope={scope} />
  )
}
