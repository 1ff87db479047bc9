import { z } from 'zod'

/** The webhook sources the app receives. */
export const CONNECTION_PROVIDERS = ['github', 'gitlab', 'pagerduty'] as const
export type ConnectionProvider = (typeof CONNECTION_PROVIDERS)[number]

export const PROVIDER_LABELS: Record<ConnectionProvider, string> = { github: 'GitHub', gitlab: 'GitLab', pagerduty: 'PagerDuty' }

export function isConnectionProvider(value: string): value is ConnectionProvider {
  return (CONNECTION_PROVIDERS as readonly string[]).includes(value)
}

export const CONNECTION_NAME_MAX = 80
/** GitLab's secret token field takes up to 255 characters; PagerDuty and GitHub secrets are shorter. */
export const CONNECTION_SECRET_MIN = 16
export const CONNECTION_SECRET_MAX = 255
export const SOURCE_ID_MAX = 300

const name = z
  .string({ message: 'Enter a name, e.g. the organisation or account it connects.' })
  .trim()
  .min(1, 'Enter a name, e.g. the organisation or account it connects.')
  .max(CONNECTION_NAME_MAX, `Use at most ${CONNECTION_NAME_MAX} characters.`)

const secret = z
  .string()
  .trim()
  .min(CONNECTION_SECRET_MIN, `A secret needs at least ${CONNECTION_SECRET_MIN} characters; leave it blank to have one generated.`)
  .max(CONNECTION_SECRET_MAX, `Use at most ${CONNECTION_SECRET_MAX} characters.`)

export const createConnectionSchema = z.object({
  provider: z.enum(CONNECTION_PROVIDERS, { message: 'Choose github, gitlab or pagerduty.' }),
  name,
  // Typed in where the provider generates it (PagerDuty does); otherwise generated.
  secret: z
    .union([z.literal(''), secret])
    .optional()
    .transform((v) => (v ? v : null)),
})
export type CreateConnectionInput = z.output<typeof createConnectionSchema>

export const updateConnectionSchema = z.object({
  id: z
    .string({ message: 'Name the connection by its id.' })
    .trim()
    .min(1, 'Name the connection by its id.')
    .max(100, 'Name the connection by its id.'),
  name: name.optional(),
  paused: z.boolean().optional(),
})

export const mapSourceSchema = z.object({
  connectionId: z.string({ message: 'Name the connection by its id.' }).min(1, 'Name the connection by its id.').max(100),
  sourceId: z
    .string({ message: 'Enter the repository (owner/repo), project (group/project) or PagerDuty service id.' })
    .trim()
    .min(1, 'Enter the repository (owner/repo), project (group/project) or PagerDuty service id.')
    .max(SOURCE_ID_MAX, `Use at most ${SOURCE_ID_MAX} characters.`),
  team: z.string({ message: 'Choose a team by its slug.' }).trim().min(1, 'Choose a team by its slug.').max(200),
})
