import { z } from 'zod'
import { tidyTeamName } from './team-name-key'

/**
 * Slugs name a team in URLs (`?scope=platform`), so they are kept to lowercase ASCII letters, digits
 * and single hyphens. "org" is reserved: it is the organisation's scope in every URL and every
 * stored figure, so a team called "org" would be unreachable.
 */
export const RESERVED_SLUGS: readonly string[] = ['org']
export const SLUG_MAX = 40
export const TEAM_NAME_MAX = 80

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slug suggested from a team name: "Payments & Risk (EU)" → "payments-risk-eu". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '')
}

export const teamNameSchema = z
  .string({ message: 'Enter a team name.' })
  .trim()
  .min(1, 'Enter a team name.')
  .max(TEAM_NAME_MAX, `Use at most ${TEAM_NAME_MAX} characters.`)
  // Stored tidy, so "Data  Platform" is shown (and compared) as "Data Platform".
  .transform(tidyTeamName)

export const teamSlugSchema = z
  .string({ message: 'Enter a slug.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter a slug.')
  .max(SLUG_MAX, `Use at most ${SLUG_MAX} characters.`)
  .regex(SLUG_PATTERN, 'Use lowercase letters a–z, digits and single hyphens, not at the start or end.')
  .refine((slug) => !RESERVED_SLUGS.includes(slug), {
    message: '“org” is reserved for the whole organisation; choose another slug.',
  })

const teamIdSchema = z.string({ message: 'Reload the page and try again.' }).min(1, 'Reload the page and try again.')

/** A blank slug is derived from the name: the form suggests one as you type, this covers no-JS. */
function withDerivedSlug<T extends { name: string; slug?: string }>(raw: T): T & { slug: string } {
  return { ...raw, slug: raw.slug?.trim() ? raw.slug : slugify(raw.name) }
}

const rawName = z.string({ message: 'Enter a team name.' })
const rawSlug = z.string().optional()

export const createTeamSchema = z
  .object({ name: rawName, slug: rawSlug })
  .transform(withDerivedSlug)
  .pipe(z.object({ name: teamNameSchema, slug: teamSlugSchema }))
export type CreateTeamInput = z.infer<typeof createTeamSchema>

export const renameTeamSchema = z
  .object({ id: teamIdSchema, name: rawName, slug: rawSlug })
  .transform(withDerivedSlug)
  .pipe(z.object({ id: teamIdSchema, name: teamNameSchema, slug: teamSlugSchema }))
export type RenameTeamInput = z.infer<typeof renameTeamSchema>

export const setTeamArchivedSchema = z.object({
  id: teamIdSchema,
  // Form fields arrive as strings; "true"/"false" from the hidden field, booleans from code.
  archived: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
})
export type SetTeamArchivedInput = z.infer<typeof setTeamArchivedSchema>
