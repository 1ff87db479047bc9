import { roleForGroups } from '@/lib/auth/sso/group-roles'
import type { SsoIdentity } from '@/lib/auth/sso/identity'
import type { SsoSettings } from '@/lib/validation/sso-settings-schema'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { openSession } from './sessions'

export type SsoSignInResult = { ok: true; token: string; expiresAt: Date; provisioned: boolean } | { ok: false; reason: 'disabled' }

/**
 * Signs in a person the identity provider vouched for. The first time, they are provisioned with the
 * role their groups map to (or the default role); later sign-ins keep the role an admin gave them in
 * the app. A person disabled in the app stays out whatever the provider says. Provisioning, the
 * session and their audit events commit together.
 */
export async function signInWithSso(
  identity: SsoIdentity,
  policy: Pick<SsoSettings, 'defaultRole' | 'groupRoles' | 'providerName'>,
  now = new Date(),
): Promise<SsoSignInResult> {
  return writeTransaction(async (tx): Promise<SsoSignInResult> => {
    const existing = await tx.user.findUnique({ where: { email: identity.email } })
    if (existing?.disabledAt) {
      await appendAudit(tx, {
        actor: identity.email,
        action: 'session.sso-refused',
        entity: 'user',
        entityId: existing.id,
        after: { reason: 'disabled', provider: policy.providerName },
      })
      return { ok: false, reason: 'disabled' }
    }
    let user = existing
    if (!user) {
      const role = roleForGroups(identity.groups, policy.groupRoles, policy.defaultRole)
      // No password: a provisioned person signs in through the provider (the empty hash never verifies).
      user = await tx.user.create({ data: { email: identity.email, name: identity.name, role, categories: '[]', passwordHash: '' } })
      await appendAudit(tx, {
        actor: identity.email,
        action: 'user.provision',
        entity: 'user',
        entityId: user.id,
        after: { email: user.email, name: user.name, role, groups: identity.groups, provider: policy.providerName },
      })
    }
    const session = await openSession(tx, user.id, now)
    await appendAudit(tx, {
      actor: user.email,
      action: 'session.sign-in-sso',
      entity: 'user',
      entityId: user.id,
      after: { provider: policy.providerName },
    })
    return { ok: true, ...session, provisioned: existing === null }
  })
}

/**
 * Records a refused single sign-on answer with the check that failed (openid-client's words), for the
 * admins: the person only sees a fixed message. Nobody is signed in, so the actor is the provider.
 */
export async function recordSsoRefusal(reason: string, detail: string, provider: string): Promise<void> {
  await writeTransaction((tx) =>
    appendAudit(tx, {
      actor: `sso:${provider || 'provider'}`,
      action: 'session.sso-refused',
      entity: 'user',
      entityId: '-',
      after: { reason, detail },
    }),
  )
}
