import { dictionary } from '@zxcvbn-ts/language-common'

import { PASSWORD_MAX, PASSWORD_MIN } from './password-limits'

export { PASSWORD_MAX, PASSWORD_MIN }

// ~49k passwords most often found in breaches (zxcvbn-ts's common list). Lower-cased, as people
// vary only the case of "Password1".
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()))

/** Why a new password is refused, or null when it is acceptable (OWASP ASVS 5.0 §6.2). */
export function passwordProblem(password: string): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`
  if (COMMON.has(password.toLowerCase())) return 'This password is too common; choose another.'
  return null
}
