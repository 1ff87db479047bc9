import type { PickerOption } from './scope-quarter-picker'

/**
 * The scopes the picker offers for the scope in the URL: the organisation and active teams, plus
 * the URL's team when it is archived. Pages still show an archived team (old quarters stay
 * readable), and a select without that option would show the first scope instead; the other
 * archived teams stay out of the list.
 */
export function scopeOptions(scopes: readonly PickerOption[], archived: readonly PickerOption[], scope: string): PickerOption[] {
  if (scopes.some((s) => s.value === scope)) return [...scopes]
  const named = archived.find((s) => s.value === scope)
  return named ? [...scopes, named] : [...scopes]
}
