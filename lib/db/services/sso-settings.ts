import { encryptConnectionSecret } from '@/lib/auth/connection-secret'
import { formatGroupRoles } from '@/lib/auth/sso/group-roles'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { ssoSettingsSchema, type SsoSettings } from '@/lib/validation/sso-settings-schema'
import { getStoredSso, SSO_KEYS } from '../queries/sso-settings'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

export type SsoSettingsResult = { ok: true; changed: string[] } | { ok: false; fieldErrors: FieldErrors }

/** How a setting is stored and audited: the mapping as its lines, everything else as written. */
function stored(settings: SsoSettings): Record<keyof SsoSettings, string> {
  return { ...settings, groupRoles: formatGroupRoles(settings.groupRoles) }
}

/**
 * Saves single sign-on: one Setting row per key and one audit event naming what changed, in one
 * transaction. The client secret is sealed with the server secret and the audit records only that it
 * changed. Password sign-in can be turned off only while a provider is configured (here or by the
 * environment) and the named break-glass person is an active admin, so the admins cannot lock
 * everyone out.
 */
export async function updateSsoSettings(input: unknown, actor: string, envConfigured: boolean): Promise<SsoSettingsResult> {
  const parsed = ssoSettingsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { clientSecret, clearSecret, ...settings } = parsed.data
  const next = stored(settings)
  return writeTransaction(async (tx): Promise<SsoSettingsResult> => {
    const current = await getStoredSso(tx)
    if (settings.passwordSignIn === 'break-glass') {
      if (!envConfigured && (settings.issuer === '' || settings.clientId === '')) {
        return { ok: false, fieldErrors: { passwordSignIn: 'Configure the identity provider before turning password sign-in off.' } }
      }
      const admin = await tx.user.findUnique({ where: { email: settings.breakGlassEmail } })
      if (!admin || admin.role !== 'admin' || admin.disabledAt !== null) {
        return { ok: false, fieldErrors: { breakGlassEmail: 'The break-glass account must be an active admin.' } }
      }
    }
    const before = stored(current.settings)
    const changed = (Object.keys(next) as (keyof SsoSettings)[]).filter((key) => before[key] !== next[key])
    const secret = clearSecret === 'on' ? null : clientSecret !== '' ? encryptConnectionSecret(clientSecret) : current.sealedSecret
    const secretChange = secret === current.sealedSecret ? null : secret === null ? 'removed' : 'changed'
    if (changed.length === 0 && secretChange === null) return { ok: true, changed: [] }
    for (const key of changed) {
      await tx.setting.upsert({
        where: { key: SSO_KEYS[key] },
        create: { key: SSO_KEYS[key], value: next[key] },
        update: { value: next[key] },
      })
    }
    if (secretChange === 'removed') await tx.setting.deleteMany({ where: { key: SSO_KEYS.clientSecret } })
    if (secret !== null && secretChange === 'changed') {
      await tx.setting.upsert({
        where: { key: SSO_KEYS.clientSecret },
        create: { key: SSO_KEYS.clientSecret, value: secret },
        update: { value: secret },
      })
    }
    await appendAudit(tx, {
      actor,
      action: 'sso.settings',
      entity: 'settings',
      entityId: 'sso',
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      // Never the secret itself: the audit log is read by every admin.
      after: { ...Object.fromEntries(changed.map((key) => [key, next[key]])), ...(secretChange ? { clientSecret: secretChange } : {}) },
    })
    return { ok: true, changed: secretChange ? [...changed, 'clientSecret'] : changed }
  })
}
