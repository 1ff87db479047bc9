'use server'

import { publish } from '@/lib/actions/publish'
import { runAction } from '@/lib/auth/run-action'
import type { ActionState } from '@/components/ui/form-field'

export async function publishQuarterAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(publish, previous, formData)
}
