import fc from 'fast-check'
import { junkText, text, tooLong } from './bad-values'
import { goodEmail } from './form-shapes'
import type { Shape } from './shapes'

/** The single sign-on settings form (see shapes.ts); its schema is lib/validation/sso-settings-schema.ts. */

const oneOf = (...values: string[]) => fc.constantFrom(...values)

export const ssoSettingsShape: Shape = {
  fields: {
    providerName: { good: text(1, 60), bad: tooLong(60), absent: 'refused' },
    issuer: {
      good: oneOf(
        'https://company.okta.com',
        'https://login.microsoftonline.com/tenant/v2.0',
        'http://127.0.0.1:3418',
        ' https://accounts.google.com ',
      ),
      bad: fc.oneof(
        oneOf('not a url', 'ftp://idp.example', 'https://idp.example/?a=1', 'https://idp.example/#x', 'javascript:alert(1)'),
        tooLong(500),
      ),
      absent: 'refused',
    },
    clientId: { good: text(1, 300), bad: tooLong(300), absent: 'refused' },
    clientSecret: { good: text(0, 100), bad: tooLong(2000), absent: 'accepted' },
    scopes: {
      good: oneOf('openid', 'openid email profile', ' openid  groups '),
      bad: oneOf('', ' ', 'email profile', 'openidx'),
      absent: 'refused',
    },
    defaultRole: {
      good: oneOf('admin', 'editor', 'owner', 'viewer'),
      bad: fc.oneof(oneOf('', 'root', 'Admin', ' viewer'), junkText),
      absent: 'refused',
    },
    groupsClaim: {
      good: oneOf('groups', 'realm_access.roles', 'https://example.com/claims/groups', ''),
      bad: fc.oneof(oneOf('two words', 'a"b', '<groups>', 'grüppen'), tooLong(100)),
      absent: 'refused',
    },
    groupRoles: {
      good: oneOf('', 'eng = editor', 'a = admin\nb = viewer', '# comment\n\nstaff=viewer', 'Org Admins = admin'),
      bad: oneOf('eng', 'eng = boss', 'a = admin\na = viewer', '= editor', 'eng ='),
      absent: 'accepted',
    },
    passwordSignIn: { good: fc.constant('everyone'), bad: oneOf('', 'nobody', 'Everyone', 'break glass'), absent: 'refused' },
    breakGlassEmail: { good: fc.oneof(goodEmail, fc.constant('')), absent: 'accepted' },
  },
  // Password sign-in off needs the break-glass admin's email.
  crossBreaks: [fc.record({ passwordSignIn: fc.constant('break-glass'), breakGlassEmail: oneOf('', 'not-an-email', 'a@b') })],
}
