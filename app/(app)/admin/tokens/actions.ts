'use server'

import { createApiTokenHandler, revokeApiTokenHandler, type CreateTokenState } from '@/lib/actions/api-tokens'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createApiTokenAction(previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  return runAction(createApiTokenHandler, previous, formData)
}

export async function revokeApiTokenAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(revokeApiTokenHandler, previous, formData)
}
