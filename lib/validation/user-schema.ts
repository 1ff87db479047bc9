import { z } from 'zod'
import { ROLES } from '@/lib/auth/roles'
import { PASSWORD_MAX, passwordProblem } from '@/lib/auth/password-rules'
import { CATEGORY_KEYS } from '@/lib/metrics/categories'

export const emailSchema = z
  .string({ message: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'Use at most 254 characters.')
  .pipe(z.email({ message: 'Enter a valid email address.' }))

export const newPasswordSchema = z
  .string({ message: 'Enter a password.' })
  .max(PASSWORD_MAX * 4, `Use at most ${PASSWORD_MAX} characters.`)
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

const categoriesSchema = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.enum(CATEGORY_KEYS as [string, ...string[]], { message: 'Choose categories from the list.' })))

export const newUserSchema = z
  .object({
    email: emailSchema,
    name: z.string({ message: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.'),
    role: z.enum(ROLES, { message: 'Choose a role.' }),
    categories: categoriesSchema,
    password: newPasswordSchema,
  })
  .superRefine((user, ctx) => {
    if (user.role === 'owner' && user.categories.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'A category owner needs at least one category.' })
    }
  })
  .transform((user) => ({ ...user, categories: user.role === 'owner' ? user.categories : [] }))

export type NewUser = z.output<typeof newUserSchema>

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(PASSWORD_MAX * 4),
})
