'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { useUnsavedChanges } from '@/components/entry/use-unsaved-changes'
import { buttonClass } from '@/components/ui/button'
import { useCheckedSubmit } from '@/components/ui/use-checked-submit'
import type { ActionState } from '@/lib/actions/action-state'
import { REASON_MAX } from '@/lib/validation/entry-schema'
import { formFields, type FieldErrors } from '@/lib/validation/field-errors'
import { SUMMARY_MAX, summarySchema } from '@/lib/validation/summary-schema'

const FIELD = 'mt-2 block w-full rounded-md border px-3 py-2 text-sm shadow-sm'

/**
 * The CTO's summary, editable in place by those allowed to (admins, editors). The textarea is
 * controlled, so what was typed stays whatever the server answers; `savedText` is what the page
 * was drawn with and goes along as the base, so someone else's newer text is never overwritten
 * unseen. Printing shows the text, not the form.
 */
export function SummaryEditor({
  action,
  scopeId,
  quarter,
  savedText,
  published,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  scopeId: string
  quarter: string
  savedText: string
  published: boolean
}) {
  const [state, formAction, pending] = useActionState(action, null)
  const [text, setText] = useState(savedText)
  const [reason, setReason] = useState('')
  // The summary as stored as far as this editor knows: as drawn, then as last saved.
  const [saved, setSaved] = useState(savedText)
  useUnsavedChanges(text !== saved || reason !== '')
  const { clientErrors, focusRequest, requestFocus, handleSubmit } = useCheckedSubmit({
    schema: summarySchema,
    read: formFields,
    dispatch: formAction,
    blocked: pending,
  })
  const formRef = useRef<HTMLFormElement>(null)
  const errors: FieldErrors = clientErrors ?? (state && !state.ok ? state.fieldErrors : {})
  const needsReason = published || errors.reason !== undefined
  const length = text.replace(/\r\n?/g, '\n').length

  // Each answer of the server is taken in while rendering it (React's pattern for state that follows
  // a prop), not in an effect: a saved summary clears the reason, a refused one asks for focus.
  const [answered, setAnswered] = useState(state)
  if (state !== answered) {
    setAnswered(state)
    if (state?.ok) {
      setReason('')
      setSaved(text)
    }
    if (state && !state.ok) requestFocus()
  }

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusRequest])

  const formError = errors.form ?? errors.scope ?? errors.quarter
  return (
    <>
      <p className="hidden whitespace-pre-line print:block">{savedText || 'No summary was written for this quarter.'}</p>
      <form ref={formRef} onSubmit={handleSubmit} noValidate className="no-print">
        <input type="hidden" name="scope" value={scopeId} />
        <input type="hidden" name="quarter" value={quarter} />
        <input type="hidden" name="base" value={savedText} />
        <label htmlFor="cto-summary" className="sr-only">
          CTO&rsquo;s summary
        </label>
        <textarea
          id="cto-summary"
          name="text"
          rows={6}
          maxLength={SUMMARY_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="What the board should take away from this quarter: what moved, why, and what happens next."
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={[errors.text ? 'cto-summary-error' : null, 'cto-summary-count'].filter(Boolean).join(' ')}
          className={`${FIELD} ${errors.text ? 'border-red-600 bg-red-50' : 'border-slate-300 bg-white'}`}
        />
        <div className="mt-1 flex justify-between gap-4 text-sm">
          {errors.text ? (
            <p id="cto-summary-error" className="text-red-700">
              {errors.text}
            </p>
          ) : (
            <span />
          )}
          <p id="cto-summary-count" className="shrink-0 text-slate-500 tabular-nums">
            {length.toLocaleString('en-US')} / {SUMMARY_MAX.toLocaleString('en-US')} characters
          </p>
        </div>
        {needsReason ? (
          <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3">
            <label htmlFor="cto-summary-reason" className="text-sm font-medium text-slate-900">
              Reason for the change <span className="font-normal text-slate-600">(required: this quarter is published)</span>
            </label>
            <textarea
              id="cto-summary-reason"
              name="reason"
              rows={2}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? 'cto-summary-reason-error' : undefined}
              className={`${FIELD} ${errors.reason ? 'border-red-600 bg-red-50' : 'border-slate-300 bg-white'}`}
            />
            {errors.reason ? (
              <p id="cto-summary-reason-error" className="mt-1 text-sm text-red-700">
                {errors.reason}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={buttonClass('primary')}>
            {pending ? 'Saving…' : 'Save summary'}
          </button>
          <p role="status" className="text-sm font-medium text-green-800">
            {pending ? 'Saving…' : state?.ok && !clientErrors ? state.message : ''}
          </p>
        </div>
        {formError ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {formError}
          </p>
        ) : null}
      </form>
    </>
  )
}
