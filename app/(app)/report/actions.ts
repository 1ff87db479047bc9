'use server'

import { saveSummaryHandler } from '@/lib/actions/save-summary'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function saveSummaryAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(saveSummaryHandler, previous, formData)
}
