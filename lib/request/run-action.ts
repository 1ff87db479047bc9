import { revalidatePath } from 'next/cache'
import type { ActionHandler } from '@/lib/actions/handler'
import { getCurrentActor } from './current-user'

/** Runs a form action's handler as the signed-in person and revalidates the pages when it changed data. */
export async function runAction<S>(handler: ActionHandler<S>, previous: S, formData: FormData): Promise<S> {
  const actor = await getCurrentActor()
  const { state, revalidate } = await handler(actor, previous, formData)
  if (revalidate) revalidatePath('/', 'layout')
  return state
}
