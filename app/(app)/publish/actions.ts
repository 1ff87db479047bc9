'use server'

import { publish } from '@/lib/actions/publish'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function publishQuarterAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(publish, previous, formData)
}
