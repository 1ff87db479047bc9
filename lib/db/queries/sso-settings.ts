import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { decryptConnectionSecret } from '@/lib/auth/connection-secret'
import { resolveSsoConnection, type ResolvedSso, type SsoEnv } from '@/lib/auth/sso/sso-config'
import { isRole } from '@/lib/auth/roles'
import { parseGroupRoles } from '@/lib/auth/sso/group-roles'
import { DEFAULT_SSO_SETTINGS, PASSWORD_SIGN_IN, type PasswordSignIn, type SsoSettings } from '@/lib/validation/sso-settings-schema'

/** Setting rows of single sign-on, under their own prefix beside the organisation's settings. */
export const SSO_KEYS = {
  providerName: 'sso.providerName',
  issuer: 'sso.issuer',
  clientId: 'sso.clientId',
  clientSecret: 'sso.clientSecret',
  scopes: 'sso.scopes',
  defaultRole: 'sso.defaultRole',
  groupsClaim: 'sso.groupsClaim',
  groupRoles: 'sso.groupRoles',
  passwordSignIn: 'sso.passwordSignIn',
  breakGlassEmail: 'sso.breakGlassEmail',
} as const

export type SsoReader = Pick<Prisma.TransactionClient, 'setting'>

export interface StoredSso {
  settings: SsoSettings
  /** The sealed client secret as stored, or null: never decrypted for a page. */
  sealedSecret: string | null
}

const isPasswordSignIn = (v: string): v is PasswordSignIn => (PASSWORD_SIGN_IN as readonly string[]).includes(v)

/** The saved SSO settings; a value that no longer reads (a hand-edited row) falls back to its default. */
export async function getStoredSso(db: SsoReader = prisma): Promise<StoredSso> {
  const rows = await db.setting.findMany({ where: { key: { startsWith: 'sso.' } } })
  const value = (key: string) => rows.find((r) => r.key === key)?.value
  const text = (key: string, fallback: string) => value(key) ?? fallback
  const role = value(SSO_KEYS.defaultRole) ?? ''
  const password = value(SSO_KEYS.passwordSignIn) ?? ''
  const mapping = parseGroupRoles(value(SSO_KEYS.groupRoles) ?? '')
  const settings: SsoSettings = {
    providerName: text(SSO_KEYS.providerName, DEFAULT_SSO_SETTINGS.providerName),
    issuer: text(SSO_KEYS.issuer, DEFAULT_SSO_SETTINGS.issuer),
    clientId: text(SSO_KEYS.clientId, DEFAULT_SSO_SETTINGS.clientId),
    scopes: text(SSO_KEYS.scopes, DEFAULT_SSO_SETTINGS.scopes),
    defaultRole: isRole(role) ? role : DEFAULT_SSO_SETTINGS.defaultRole,
    groupsClaim: text(SSO_KEYS.groupsClaim, DEFAULT_SSO_SETTINGS.groupsClaim),
    groupRoles: mapping.ok ? mapping.mapping : [],
    passwordSignIn: isPasswordSignIn(password) ? password : DEFAULT_SSO_SETTINGS.passwordSignIn,
    breakGlassEmail: text(SSO_KEYS.breakGlassEmail, DEFAULT_SSO_SETTINGS.breakGlassEmail),
  }
  return { settings, sealedSecret: value(SSO_KEYS.clientSecret) ?? null }
}

export interface SsoSetup extends StoredSso {
  resolved: ResolvedSso
}

/** The saved settings with the connection in force: from the environment when it sets one, else from Settings. */
export async function getSsoSetup(env: SsoEnv = process.env, db: SsoReader = prisma): Promise<SsoSetup> {
  const stored = await getStoredSso(db)
  const { issuer, clientId } = stored.settings
  const clientSecret = stored.sealedSecret === null ? '' : decryptConnectionSecret(stored.sealedSecret)
  return { ...stored, resolved: resolveSsoConnection(env, { issuer, clientId, clientSecret }) }
}
