import type { Actor } from '@/lib/auth/roles'
import { dismissFirstRun } from '@/lib/db/services/first-run'
import type { ActionState } from '@/lib/actions/action-state'
import { refusal, refused, type Handled } from './handler'

/** Only admins see the checklist, and only they may dismiss it (it is the installation's). */
export async function dismissFirstRunHandler(actor: Actor | null): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'manage-settings' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const { changed } = await dismissFirstRun(actor.email)
  return { state: { ok: true, message: 'Checklist dismissed.' }, revalidate: changed }
}
