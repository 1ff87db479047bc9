'use client'

import { startTransition, useState, type FormEvent } from 'react'
import type { z } from 'zod'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'

/**
 * A form's submit that runs the shared zod schema in the browser first and dispatches the server
 * action only when it passes, itself and in a transition (so React does not reset the form after
 * the action). A refusal in the browser keeps its errors and asks for focus: `focusRequest` counts
 * up, and the form moves focus to the first field to fix when it changes.
 */
export function useCheckedSubmit({
  schema,
  read,
  dispatch,
  blocked,
}: {
  schema: z.ZodType
  /** The object the schema checks, from the form's data. */
  read: (formData: FormData) => unknown
  dispatch: (formData: FormData) => void
  /** No submission while this holds (a save in flight, a read-only form). */
  blocked: boolean
}) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const [focusRequest, setFocusRequest] = useState(0)

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (blocked) return
    const formData = new FormData(event.currentTarget)
    const parsed = schema.safeParse(read(formData))
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error))
      setFocusRequest((n) => n + 1)
      return
    }
    setClientErrors(null)
    startTransition(() => dispatch(formData))
  }

  return { clientErrors, focusRequest, requestFocus: () => setFocusRequest((n) => n + 1), handleSubmit }
}
