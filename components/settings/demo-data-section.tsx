'use client'

import { useActionState, useRef } from 'react'
import { useConfirmStep } from '@/components/ui/use-confirm-step'
import { Button } from '@/components/ui/button'
import type { ActionState } from '@/lib/actions/action-state'

const inWords = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)

type DemoAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/**
 * Removing demo data asks twice, in the page rather than in a browser dialog, so it works the same
 * with a keyboard and a screen reader: "Remove demo data" reveals what will go and a second button.
 */
export function DemoDataSection({ hasDemo, demoTeams, action }: { hasDemo: boolean; demoTeams: readonly string[]; action: DemoAction }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const result = useRef<HTMLParagraphElement>(null)
  // The buttons that had focus are gone; the result is where a keyboard user continues.
  const {
    confirming,
    ask,
    cancel,
    panel: warning,
    trigger: removeButton,
  } = useConfirmStep<HTMLDivElement>(state, () => requestAnimationFrame(() => result.current?.focus()))

  return (
    <div className="max-w-3xl space-y-3 text-sm">
      <p
        ref={result}
        tabIndex={-1}
        role="status"
        className={state?.ok ? 'rounded-md bg-green-50 px-3 py-2 text-green-900 ring-1 ring-inset ring-green-200' : 'sr-only'}
      >
        {state?.ok ? state.message : ''}
      </p>
      {state && !state.ok ? (
        <p role="alert" className="text-red-700">
          {Object.values(state.fieldErrors)[0]}
        </p>
      ) : null}
      {!hasDemo ? (
        <p className="text-slate-700">No demo data.</p>
      ) : (
        <>
          <p className="text-slate-700">
            <strong>This database contains demo data</strong>: sample figures, targets and commentary
            {demoTeams.length > 0 ? `, and the demo teams ${inWords(demoTeams)}` : ''}. Remove it when you start using the scorecard for
            real; figures people have entered are kept.
          </p>
          {!confirming ? (
            <button
              ref={removeButton}
              type="button"
              className="inline-flex items-center rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium text-red-800 hover:bg-red-50"
              onClick={ask}
            >
              Remove demo data
            </button>
          ) : (
            <div
              ref={warning}
              tabIndex={-1}
              role="group"
              aria-labelledby="demo-confirm-text"
              className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3"
            >
              <p id="demo-confirm-text" className="text-red-900">
                This deletes every demo figure, target and commentary, and the demo teams nobody has entered figures for. Figures people
                entered, even over demo quarters, are kept. It cannot be undone.
              </p>
              <form action={formAction} className="flex flex-wrap gap-2">
                <Button type="submit" variant="danger" disabled={pending}>
                  {pending ? 'Removing…' : 'Yes, remove demo data'}
                </Button>
                <Button type="button" variant="secondary" onClick={cancel} disabled={pending}>
                  Cancel
                </Button>
              </form>
            </div>
          )}
        </>
      )}
    </div>
  )
}
