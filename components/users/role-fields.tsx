'use client'

import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, isRole, type Role } from '@/lib/auth/roles'
import { CATEGORIES, type CategoryKey } from '@/lib/metrics/categories'
import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'

export interface RoleChoice {
  role: Role
  categories: CategoryKey[]
}

/** The role select, with what the chosen role may do as its hint. Controlled, so a refused submit keeps it. */
export function RoleSelect({
  idPrefix,
  value,
  onChange,
  error,
}: {
  idPrefix: string
  value: RoleChoice
  onChange: (value: RoleChoice) => void
  error?: string
}) {
  const id = `${idPrefix}-role`
  const hint = ROLE_DESCRIPTIONS[value.role]
  return (
    <FormField id={id} label="Role" hint={hint} error={error}>
      <select
        {...describedBy(id, { hint, error })}
        name="role"
        value={value.role}
        onChange={(e) => onChange({ ...value, role: isRole(e.target.value) ? e.target.value : value.role })}
        className={INPUT_CLASS}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
    </FormField>
  )
}

/**
 * One checkbox per category, shown only while the role is category owner (other roles own none, and
 * the server drops any sent for them).
 */
export function OwnedCategories({
  idPrefix,
  value,
  onChange,
  error,
  className = '',
}: {
  idPrefix: string
  value: RoleChoice
  onChange: (value: RoleChoice) => void
  error?: string
  className?: string
}) {
  if (value.role !== 'owner') return null
  const errorId = `${idPrefix}-categories-error`
  function toggle(key: CategoryKey, on: boolean) {
    const next = on ? [...value.categories, key] : value.categories.filter((c) => c !== key)
    onChange({ ...value, categories: CATEGORIES.map((c) => c.key).filter((c) => next.includes(c)) })
  }
  return (
    <fieldset className={`rounded-md border border-slate-200 bg-slate-50 p-3 ${className}`} aria-describedby={error ? errorId : undefined}>
      <legend className="px-1 text-sm font-medium text-slate-800">Categories they own</legend>
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
        {CATEGORIES.map((category) => (
          <label key={category.key} className="flex items-center gap-2 py-0.5 text-sm text-slate-800">
            <input
              type="checkbox"
              name="categories"
              value={category.key}
              checked={value.categories.includes(category.key)}
              onChange={(e) => toggle(category.key, e.target.checked)}
              aria-invalid={error ? true : undefined}
              className="h-4 w-4 rounded border-slate-300"
            />
            {category.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
