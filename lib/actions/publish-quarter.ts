import type { Actor } from '@/lib/auth/roles'
import { getSettings } from '@/lib/db/queries/settings'
import { publishQuarter } from '@/lib/db/services/publish-quarter'
import { fiscalLabel, isQuarterKey } from '@/lib/metrics/quarters'
import { formFields } from '@/lib/validation/field-errors'
import type { ActionState } from '@/lib/actions/action-state'
import { refusal, refused, type Handled } from './handler'

/** Publishes the quarter named by the form's "scope" (a scope id) and "quarter" fields. Admins only. */
/** What became of the teams' quarters when the organisation's was published. */
function teamsNote(scope: string, published: number): string {
  if (scope !== 'org') return ''
  if (published === 0) return ' The teams’ quarters stay open: each is published from its team’s scorecard.'
  return ` Also published ${published === 1 ? 'one team’s quarter' : `${published} teams’ quarters`}.`
}

export async function publishQuarterHandler(actor: Actor | null, _prev: ActionState, formData: FormData): Promise<Handled<ActionState>> {
  const denied = refusal(actor, { do: 'publish' })
  if (denied !== null || !actor) return refused(denied ?? '')
  const { scope = '', quarter = '', confirmBeforeEnd = '', alsoPublishTeams = '' } = formFields(formData)
  // The confirmation of publishing a quarter that has not ended: the service refuses without it.
  const result = await publishQuarter(scope, quarter, actor.email, {
    beforeEnd: confirmBeforeEnd === 'yes',
    alsoTeams: alsoPublishTeams === 'yes',
  })
  if (!result.ok) return { state: result, revalidate: false }
  const label = isQuarterKey(quarter) ? fiscalLabel(quarter, (await getSettings()).fiscalStartMonth) : quarter
  if (result.alreadyPublished) {
    return { state: { ok: true, message: `${label} was already published by ${result.publishedBy}; nothing changed.` }, revalidate: true }
  }
  return {
    state: {
      ok: true,
      message: `Published ${label}. Its figures are locked: a change now needs a reason and is recorded as a restatement.${teamsNote(scope, result.teamsPublished)}`,
    },
    revalidate: true,
  }
}
