'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import type { ActionState } from '@/lib/actions/action-state'

/** Hides the checklist for every admin; the page revalidates and leaves it out from then on. */
export function DismissFirstRun({ action }: { action: () => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(() => action(), null)
  return (
    <form action={formAction} className="flex items-center gap-2">
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {Object.values(state.fieldErrors)[0]}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        Dismiss checklist
      </Button>
    </form>
  )
}
