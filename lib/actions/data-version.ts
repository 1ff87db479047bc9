import type { Actor } from '@/lib/auth/roles'
import { dataVersionTag, readDataVersion } from '@/lib/db/read-cache'
import { SIGN_IN_MESSAGE } from '@/lib/auth/permissions'
import { refusal, type Handled } from './handler'

/** What GET /api/data-version answers: the version as an opaque tag, or a refusal with its status. */
export type DataVersionAnswer = { ok: true; version: string | null } | { ok: false; status: 401 | 403; fieldErrors: { form: string } }

/**
 * The data version for a signed-in reader: pages that show figures poll it and redraw when it moves
 * on. It reveals only that something changed, yet even that is for people who may read the figures.
 */
export async function currentDataVersionHandler(actor: Actor | null): Promise<Handled<DataVersionAnswer>> {
  const denied = refusal(actor, { do: 'read' })
  if (denied !== null) {
    return { state: { ok: false, status: denied === SIGN_IN_MESSAGE ? 401 : 403, fieldErrors: { form: denied } }, revalidate: false }
  }
  return { state: { ok: true, version: dataVersionTag(await readDataVersion()) }, revalidate: false }
}
