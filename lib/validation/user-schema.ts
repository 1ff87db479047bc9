import { z } from 'zod'
import { ROLES } from '@/lib/auth/roles'
import { PASSWORD_MAX, passwordProblem } from '@/lib/auth/password-rules'
import { CATEGORY_KEYS, isCategoryKey, type CategoryKey } from '@/lib/metrics/categories'

// Server-side only in practice: password-rules carries the ~49k common-password list, so browser
// forms show the limits from password-limits.ts and leave these checks to the server.

export const USER_NAME_MAX = 120

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

const roleSchema = z.enum(ROLES, { message: 'Choose a role.' })

// A form sends one value per ticked checkbox: none, one (a string) or several (an array).
const categoriesSchema = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  // Checked as one list, so the message sits beside the checkboxes rather than under "categories.1".
  .pipe(z.array(z.string()).refine((list) => list.every(isCategoryKey), 'Choose categories from the list.'))
  // Catalogue order, each once: the stored list reads the same however the boxes were ticked.
  .transform((list) => CATEGORY_KEYS.filter((key) => list.includes(key)))

const userIdSchema = z.string({ message: 'Reload the page and try again.' }).min(1, 'Reload the page and try again.')

const userShape = {
  email: emailSchema,
  name: z
    .string({ message: 'Enter a name.' })
    .trim()
    .min(1, 'Enter a name.')
    .max(USER_NAME_MAX, `Use at most ${USER_NAME_MAX} characters.`),
  role: roleSchema,
  categories: categoriesSchema,
}

type WithRole = { role: (typeof ROLES)[number]; categories: CategoryKey[] }

/** A category owner edits only their categories, so owning none would leave them a viewer in disguise. */
function ownerNeedsCategories(user: WithRole, ctx: z.RefinementCtx): void {
  if (user.role === 'owner' && user.categories.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['categories'], message: 'A category owner needs at least one category.' })
  }
}

/** Categories mean something only to a category owner; for other roles they are dropped. */
function ownedOnly<T extends WithRole>(user: T): T {
  return { ...user, categories: user.role === 'owner' ? user.categories : [] }
}

/** A new user without the password: the command line checks these before it asks for one. */
export const userDetailsSchema = z.object(userShape).superRefine(ownerNeedsCategories).transform(ownedOnly)

export const newUserSchema = z
  .object({ ...userShape, password: newPasswordSchema })
  .superRefine(ownerNeedsCategories)
  .transform(ownedOnly)

export type NewUser = z.output<typeof newUserSchema>

/** An admin changing someone's role and, for a category owner, the categories they own. */
export const changeRoleSchema = z
  .object({ id: userIdSchema, role: roleSchema, categories: categoriesSchema })
  .superRefine(ownerNeedsCategories)
  .transform(ownedOnly)

export type ChangeRoleInput = z.output<typeof changeRoleSchema>

/** Disables or re-enables a user named by id (the Users page) or by email (the command line). */
export const setUserDisabledSchema = z
  .object({
    id: userIdSchema.optional(),
    email: emailSchema.optional(),
    // Form fields arrive as strings; "true"/"false" from the hidden field, booleans from code.
    disabled: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  })
  .refine((v) => v.id !== undefined || v.email !== undefined, { path: ['id'], message: 'Reload the page and try again.' })

export type SetUserDisabledInput = z.output<typeof setUserDisabledSchema>

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(PASSWORD_MAX * 4),
})
