import { z } from 'zod'
import { ROLES } from '@/lib/auth/roles'
import { parseGroupRoles, type GroupRole } from '@/lib/auth/sso/group-roles'
import type { Role } from '@/lib/auth/roles'
import { emailSchema } from './user-schema'

export const PASSWORD_SIGN_IN = ['everyone', 'break-glass'] as const
export type PasswordSignIn = (typeof PASSWORD_SIGN_IN)[number]

/** Single sign-on as saved in Settings. The client secret is stored sealed and never read back to a page. */
export interface SsoSettings {
  providerName: string
  issuer: string
  clientId: string
  scopes: string
  defaultRole: Role
  groupsClaim: string
  groupRoles: GroupRole[]
  passwordSignIn: PasswordSignIn
  breakGlassEmail: string
}

export const DEFAULT_SSO_SETTINGS: SsoSettings = {
  providerName: '',
  issuer: '',
  clientId: '',
  scopes: 'openid email profile',
  defaultRole: 'viewer',
  groupsClaim: 'groups',
  groupRoles: [],
  passwordSignIn: 'everyone',
  breakGlassEmail: '',
}

const text = (max: number, message: string) => z.string({ message }).trim().max(max, `Use at most ${max} characters.`)

const issuerSchema = text(500, 'Enter the issuer URL.').refine((value) => {
  if (value === '') return true
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === ''
  } catch {
    return false
  }
}, 'Enter the issuer as a URL, e.g. https://company.okta.com.')

/**
 * The form. A blank client secret keeps the saved one (the page never shows it); `clearSecret` removes
 * it. Turning password sign-in off needs a break-glass admin's email; the service checks that they exist.
 */
export const ssoSettingsSchema = z
  .object({
    providerName: text(60, 'Enter the name people know the provider by.'),
    issuer: issuerSchema,
    clientId: text(300, 'Enter the client id.'),
    clientSecret: text(2000, 'Enter the client secret.').optional().default(''),
    clearSecret: z.literal('on').optional(),
    scopes: text(300, 'Enter the scopes.')
      .transform((value) => value.split(/\s+/).filter(Boolean).join(' '))
      .refine((value) => value.split(' ').includes('openid'), 'The scopes must include openid.'),
    defaultRole: z.enum(ROLES, { message: 'Choose a role.' }),
    groupsClaim: text(100, 'Enter the claim that lists groups.').regex(/^[\w:./-]*$/, 'Use letters, digits and . _ : / - only.'),
    groupRoles: z
      .string()
      .max(20_000, 'The mapping is too long.')
      .optional()
      .default('')
      .transform((value, ctx) => {
        const parsed = parseGroupRoles(value)
        if (parsed.ok) return parsed.mapping
        ctx.addIssue({ code: 'custom', message: parsed.message })
        return z.NEVER
      }),
    passwordSignIn: z.enum(PASSWORD_SIGN_IN, { message: 'Choose who may sign in with a password.' }),
    breakGlassEmail: z.string().trim().optional().default(''),
  })
  .superRefine((value, ctx) => {
    const named = value.providerName !== '' || value.issuer !== '' || value.clientId !== ''
    if (named && value.providerName === '')
      ctx.addIssue({ code: 'custom', path: ['providerName'], message: 'Enter the name people know the provider by.' })
    if (value.issuer !== '' && value.clientId === '') ctx.addIssue({ code: 'custom', path: ['clientId'], message: 'Enter the client id.' })
    if (value.clientId !== '' && value.issuer === '') ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'Enter the issuer URL.' })
    if (value.passwordSignIn === 'break-glass' && !emailSchema.safeParse(value.breakGlassEmail).success) {
      ctx.addIssue({ code: 'custom', path: ['breakGlassEmail'], message: 'Enter the email of the admin who keeps password sign-in.' })
    }
  })
  .transform(({ breakGlassEmail, ...rest }) => ({ ...rest, breakGlassEmail: breakGlassEmail.toLowerCase() }))

export type SsoSettingsInput = z.output<typeof ssoSettingsSchema>
