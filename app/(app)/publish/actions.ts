'use server'

import { publishQuarterHandler } from '@/lib/actions/publish-quarter'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function publishQuarterAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(publishQuarterHandler, previous, formData)
}
