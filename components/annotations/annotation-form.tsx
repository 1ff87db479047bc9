'use client'

import { useActionState, useEffect, useRef } from 'react'
import { buttonClass } from '@/components/ui/button'
import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import { ANNOTATION_TEXT_MAX } from '@/lib/metrics/annotation-rules'
import type { AboutOption, NoteAction } from './annotation-types'

/**
 * Adds a note, or edits one (`note` given). The fields keep what was typed when the server refuses;
 * after a save the add form empties and an edit form closes (`onDone`).
 */
export function AnnotationForm({
  action,
  scopeId,
  about,
  note,
  idPrefix,
  onDone,
  onCancel,
  focusFirst = false,
}: {
  action: NoteAction
  scopeId: string
  about: AboutOption[]
  note?: { id: number; version: number; date: string; text: string; about: string }
  idPrefix: string
  onDone?: () => void
  onCancel?: () => void
  /** Put the cursor in the first field when the form appears (it was opened on request). */
  focusFirst?: boolean
}) {
  const [state, formAction, pending] = useActionState(action, null)
  const form = useRef<HTMLFormElement>(null)
  const errors = state && !state.ok ? state.fieldErrors : {}
  useEffect(() => {
    if (!state?.ok) return
    if (note) onDone?.()
    else form.current?.reset()
    // Once per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state])
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <form ref={form} action={formAction} className="grid gap-3 sm:grid-cols-[10rem_1fr_14rem_auto] sm:items-start">
      <input type="hidden" name="scope" value={scopeId} />
      {note ? <input type="hidden" name="id" value={note.id} /> : null}
      {note ? <input type="hidden" name="version" value={note.version} /> : null}
      <FormField id={id('date')} label="Day" error={errors.date}>
        <input
          type="date"
          name="date"
          required
          autoFocus={focusFirst}
          defaultValue={note?.date}
          className={INPUT_CLASS}
          {...describedBy(id('date'), { error: errors.date })}
        />
      </FormField>
      <FormField id={id('text')} label="Note" hint={`One line, at most ${ANNOTATION_TEXT_MAX} characters.`} error={errors.text}>
        <input
          name="text"
          required
          maxLength={ANNOTATION_TEXT_MAX}
          defaultValue={note?.text}
          className={INPUT_CLASS}
          {...describedBy(id('text'), { hint: true, error: errors.text })}
        />
      </FormField>
      <FormField id={id('about')} label="About" error={errors.about}>
        <select
          name="about"
          defaultValue={note?.about ?? about[0]?.value}
          className={INPUT_CLASS}
          {...describedBy(id('about'), { error: errors.about })}
        >
          {about.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="flex gap-2 sm:mt-6">
        <button type="submit" disabled={pending} className={`${buttonClass('primary')} px-3 py-1.5`}>
          {note ? 'Save note' : 'Add note'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className={`${buttonClass('secondary')} px-3 py-1.5`}>
            Cancel
          </button>
        ) : null}
      </div>
      <p role={errors.form ? 'alert' : 'status'} className={`text-sm sm:col-span-4 ${errors.form ? 'text-red-700' : 'text-green-800'}`}>
        {errors.form ?? (state?.ok ? state.message : '')}
      </p>
    </form>
  )
}
