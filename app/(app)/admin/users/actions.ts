'use server'

import { createUserHandler, setUserRoleHandler, setUserDisabledHandler } from '@/lib/actions/users'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createUserAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(createUserHandler, previous, formData)
}

export async function setUserRoleAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(setUserRoleHandler, previous, formData)
}

export async function setUserDisabledAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(setUserDisabledHandler, previous, formData)
}
