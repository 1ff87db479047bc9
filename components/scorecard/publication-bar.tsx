'use client'

import { useActionState, useRef } from 'react'
import { useConfirmStep } from '@/components/ui/use-confirm-step'
import { Button, buttonClass } from '@/components/ui/button'
import type { ActionState } from '@/lib/actions/action-state'
import { progressText, type QuarterProgress } from '@/lib/metrics/quarter-progress'
import { TeamQuartersChoice } from './team-quarters-choice'

export interface PublicationView {
  /** ISO 8601, for the time element. */
  at: string
  /** The date as the organisation reads it, e.g. "Nov 28, 2026". */
  day: string
  by: string
  /** How many figures have been restated since. */
  restated: number
}

type PublishAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/**
 * Whether the quarter is published, and for an admin the way to publish it. Publishing asks twice,
 * in the page rather than a browser dialog, so it works the same with a keyboard and a screen
 * reader. The component stays mounted across the refresh that follows, so its message survives.
 */
export function PublicationBar({
  scopeId,
  quarter,
  quarterLabel,
  scopeName,
  publication,
  canPublish,
  action,
  inProgress = null,
  openTeamQuarters = null,
}: {
  scopeId: string
  quarter: string
  quarterLabel: string
  scopeName: string
  publication: PublicationView | null
  /** An admin, and the quarter has figures to publish. */
  canPublish: boolean
  action: PublishAction
  /** Set while the quarter is in progress: publishing it asks for an explicit confirmation. */
  inProgress?: QuarterProgress | null
  /** The organisation's quarter: how many active teams have figures in it and have not published it. */
  openTeamQuarters?: number | null
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const publishedRef = useRef<HTMLParagraphElement>(null)
  // The buttons that had focus are gone once published; the publication note is where to continue.
  const {
    confirming,
    ask,
    cancel,
    panel: confirmRef,
    trigger: publishButton,
  } = useConfirmStep<HTMLDivElement>(state, (trigger) => requestAnimationFrame(() => (publishedRef.current ?? trigger)?.focus()))

  return (
    <div className="mb-6 space-y-2 text-sm">
      {publication ? (
        <p
          ref={publishedRef}
          tabIndex={-1}
          className="inline-flex flex-wrap items-center gap-2 rounded-md bg-emerald-50 px-3 py-2 text-emerald-900 ring-1 ring-emerald-200 ring-inset"
        >
          <span className="rounded bg-emerald-700 px-1.5 py-0.5 text-xs font-semibold text-white uppercase">Published</span>
          <span>
            Published <time dateTime={publication.at}>{publication.day}</time> by {publication.by}
            {publication.restated > 0
              ? ` · ${publication.restated} ${publication.restated === 1 ? 'figure' : 'figures'} restated since`
              : ''}
          </span>
        </p>
      ) : canPublish ? (
        !confirming ? (
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-slate-600">Not published yet.</span>
            <button ref={publishButton} type="button" className={buttonClass('secondary')} onClick={ask}>
              Publish {quarterLabel}
            </button>
          </div>
        ) : (
          <div
            ref={confirmRef}
            tabIndex={-1}
            role="group"
            aria-labelledby="publish-confirm-text"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !pending) cancel()
            }}
            className="max-w-3xl space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p id="publish-confirm-text" className="text-amber-950">
              Publish {quarterLabel} for {scopeName}? Its figures, targets and commentary are then locked: any later change needs a reason
              and is recorded as a restatement, marked on the scorecard. Publishing cannot be undone.
            </p>
            <form action={formAction} className="flex flex-wrap gap-2">
              <input type="hidden" name="scope" value={scopeId} />
              <input type="hidden" name="quarter" value={quarter} />
              {openTeamQuarters !== null ? <TeamQuartersChoice quarterLabel={quarterLabel} count={openTeamQuarters} /> : null}
              {inProgress ? (
                <label className="flex w-full items-start gap-2 text-amber-950">
                  <input type="checkbox" name="confirmBeforeEnd" value="yes" required className="mt-1" />
                  <span>
                    {quarterLabel} has not ended ({progressText(inProgress)}). I publish it before it ends, knowing its figures are
                    provisional and any later change will be recorded as a restatement.
                  </span>
                </label>
              ) : null}
              <Button type="submit" disabled={pending}>
                {pending ? 'Publishing…' : `Yes, publish ${quarterLabel}`}
              </Button>
              <Button type="button" variant="secondary" onClick={cancel} disabled={pending}>
                Cancel
              </Button>
            </form>
          </div>
        )
      ) : (
        <p className="text-slate-600">{quarterLabel} is not published yet.</p>
      )}
      <p role="status" className={state?.ok ? 'text-emerald-900' : 'sr-only'}>
        {state?.ok ? state.message : ''}
      </p>
      {state && !state.ok ? (
        <p role="alert" className="text-red-700">
          {Object.values(state.fieldErrors)[0]}
        </p>
      ) : null}
    </div>
  )
}
