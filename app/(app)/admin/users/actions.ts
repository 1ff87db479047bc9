'use server'

import { addUser, changeUserRole, toggleUserDisabled } from '@/lib/actions/users'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createUserAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(addUser, previous, formData)
}

export async function changeUserRoleAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(changeUserRole, previous, formData)
}

export async function setUserDisabledAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(toggleUserDisabled, previous, formData)
}
