'use server'

import { createToken, revokeToken } from '@/lib/actions/api-tokens'
import { runAction } from '@/lib/auth/run-action'
import type { ActionState } from '@/components/ui/form-field'
import type { CreateTokenState } from '@/components/tokens/create-token-form'

export async function createApiTokenAction(previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  return runAction(createToken, previous, formData)
}

export async function revokeApiTokenAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(revokeToken, previous, formData)
}
