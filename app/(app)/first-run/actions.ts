'use server'

import { dismissFirstRunHandler } from '@/lib/actions/first-run'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function dismissFirstRunAction(): Promise<ActionState> {
  return runAction(dismissFirstRunHandler, null, new FormData())
}
