'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { createTeamSchema, slugify, SLUG_MAX, TEAM_NAME_MAX } from '@/lib/validation/team-schema'
import { fieldErrorsOf } from '@/lib/validation/field-errors'
import { describedBy, firstErrorField, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'

type TeamAction = (state: ActionState, formData: FormData) => Promise<ActionState>

const FIELDS = ['name', 'slug'] as const

/** Adds a team. The slug follows the name until someone edits it; the shared schema checks both sides. */
export function AddTeamForm({ action }: { action: TeamAction }) {
  const [name, setName] = useState('')
  const [slug, setSlug] = useState('')
  const [slugEdited, setSlugEdited] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (prev, formData) => {
    // Refuse what the schema refuses before a round trip; the server checks again (and checks uniqueness).
    const checked = createTeamSchema.safeParse({ name: formData.get('name'), slug: formData.get('slug') })
    if (!checked.success) return { ok: false, fieldErrors: fieldErrorsOf(checked.error) }
    const result = await action(prev, formData)
    if (result?.ok) {
      setName('')
      setSlug('')
      setSlugEdited(false)
    }
    return result
  }, null)

  useEffect(() => {
    const field = firstErrorField(state, FIELDS)
    if (field) formRef.current?.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus()
  }, [state])

  const errors = state && !state.ok ? state.fieldErrors : {}
  const slugHint = `Used in links, as in ?scope=${slug || 'platform'}. Lowercase letters, digits and hyphens; “org” is reserved.`
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-3">
      <div className="grid max-w-3xl gap-3 sm:grid-cols-2">
        <FormField id="team-name" label="Team name" error={errors.name}>
          <input
            {...describedBy('team-name', { error: errors.name })}
            name="name"
            value={name}
            maxLength={TEAM_NAME_MAX}
            autoComplete="off"
            required
            className={INPUT_CLASS}
            onChange={(e) => {
              setName(e.target.value)
              if (!slugEdited) setSlug(slugify(e.target.value))
            }}
          />
        </FormField>
        <FormField id="team-slug" label="Slug" hint={slugHint} error={errors.slug}>
          <input
            {...describedBy('team-slug', { hint: slugHint, error: errors.slug })}
            name="slug"
            value={slug}
            maxLength={SLUG_MAX}
            autoComplete="off"
            spellCheck={false}
            className={`${INPUT_CLASS} font-mono`}
            onChange={(e) => {
              setSlug(e.target.value.toLowerCase())
              setSlugEdited(e.target.value !== '')
            }}
          />
        </FormField>
      </div>
      {errors.form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add team'}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {state?.ok ? state.message : ''}
        </p>
      </div>
    </form>
  )
}
