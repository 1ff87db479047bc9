import type { Actor } from '@/lib/auth/roles'
import {
  createConnection,
  deleteConnection,
  mapSource,
  saveConnectionRules,
  unmapSource,
  updateConnection,
} from '@/lib/db/services/connections'
import { formFields, type FieldErrors } from '@/lib/validation/field-errors'
import type { ActionState } from './action-state'
import { rulesFromForm } from '@/lib/validation/connection-rules-form'
import { refusal, refused, type Handled } from './handler'

/** A create answer: the new secret and webhook path, shown once. */
export type CreateConnectionState = ActionState | { ok: true; message: string; secret: string; name: string; webhookPath: string }

const PERMISSION = { do: 'manage-connections' } as const

function failed(fieldErrors: FieldErrors): Handled<ActionState> {
  return { state: { ok: false, fieldErrors }, revalidate: false }
}

/** Creates a connection; the answer carries its secret, the one time anyone sees it. */
export async function createConnectionHandler(
  actor: Actor | null,
  _prev: CreateConnectionState,
  formData: FormData,
): Promise<Handled<CreateConnectionState>> {
  const denied = refusal(actor, PERMISSION)
  if (denied !== null || !actor) return refused(denied ?? '')
  const { provider, name, secret } = formFields(formData)
  const result = await createConnection({ provider, name, secret }, actor.email)
  if (!result.ok) return { state: result, revalidate: false }
  return {
    state: {
      ok: true,
      message: `Created the connection “${result.name}”.`,
      secret: result.secret,
      name: result.name,
      webhookPath: result.webhookPath,
    },
    revalidate: true,
  }
}

/** Renames a connection, or pauses or resumes it (paused: deliveries get 404 and store nothing). */
export async function updateConnectionHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, PERMISSION)
  if (denied !== null || !actor) return refused(denied ?? '')
  const { id, name, paused } = formFields(formData)
  const input = {
    id: id ?? '',
    ...(name !== undefined ? { name } : {}),
    ...(paused !== undefined ? { paused: paused === 'true' ? true : paused === 'false' ? false : paused } : {}),
  }
  const result = await updateConnection(input, actor.email)
  if (!result.ok) return failed(result.fieldErrors)
  return { state: { ok: true, message: result.changed ? 'Saved.' : 'Nothing changed.' }, revalidate: result.changed }
}

export async function deleteConnectionHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, PERMISSION)
  if (denied !== null || !actor) return refused(denied ?? '')
  const fields = formFields(formData)
  const result = await deleteConnection(fields.id ?? '', actor.email, fields.confirmName ?? '')
  if (!result.ok) {
    const { confirmName } = result.fieldErrors
    return failed(
      confirmName
        ? { confirmName }
        : { form: result.fieldErrors.id ?? Object.values(result.fieldErrors)[0] ?? 'No connection has this id.' },
    )
  }
  return { state: { ok: true, message: 'Deleted the connection. What it stored stays.' }, revalidate: true }
}

/** Maps a source to a team; an empty team removes the mapping (the source counts for the organisation only). */
export async function mapSourceHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, PERMISSION)
  if (denied !== null || !actor) return refused(denied ?? '')
  const { connectionId, sourceId, team } = formFields(formData)
  if (team === '' && connectionId && sourceId) {
    const result = await unmapSource(connectionId, sourceId, actor.email)
    return {
      state: { ok: true, message: result.changed ? `${sourceId} now counts for the organisation only.` : 'Nothing changed.' },
      revalidate: result.changed,
    }
  }
  const result = await mapSource({ connectionId, sourceId, team }, actor.email)
  if (!result.ok) return failed(result.fieldErrors)
  return { state: { ok: true, message: `${sourceId} counts for the team from the next delivery on.` }, revalidate: true }
}

export async function saveConnectionRulesHandler(
  actor: Actor | null,
  _prev: ActionState,
  formData: FormData,
): Promise<Handled<ActionState>> {
  const denied = refusal(actor, PERMISSION)
  if (denied !== null || !actor) return refused(denied ?? '')
  const fields = formFields(formData)
  const parsed = rulesFromForm(fields)
  if (!parsed.ok) return failed(parsed.fieldErrors)
  const result = await saveConnectionRules(fields.id ?? '', parsed.rules, actor.email)
  if (!result.ok) return failed(result.fieldErrors)
  return { state: { ok: true, message: 'Rules saved; they apply from the next delivery on.' }, revalidate: true }
}
