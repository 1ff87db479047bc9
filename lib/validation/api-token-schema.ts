import { z } from 'zod'

/**
 * API token scopes, as in GitHub's fine-grained tokens and DevLake's API keys: a CI pipeline that
 * reports deployments gets `ingest` and can read nothing; a dashboard that reads figures gets `read`
 * and can write nothing. The two never imply each other, so a leaked pipeline secret leaks no data.
 */
export const API_TOKEN_SCOPES = ['ingest', 'read'] as const
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number]

export const API_TOKEN_NAME_MAX = 80

export function isApiTokenScope(value: string): value is ApiTokenScope {
  return (API_TOKEN_SCOPES as readonly string[]).includes(value)
}

export const createApiTokenSchema = z.object({
  name: z
    .string({ message: 'Enter a name, e.g. the pipeline that will use the token.' })
    .trim()
    .min(1, 'Enter a name, e.g. the pipeline that will use the token.')
    .max(API_TOKEN_NAME_MAX, `Use at most ${API_TOKEN_NAME_MAX} characters.`),
  scope: z.enum(API_TOKEN_SCOPES, { message: 'Choose ingest or read.' }),
})
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>

export const revokeApiTokenSchema = z.object({
  id: z
    .string({ message: 'Name the token by its id or prefix.' })
    .trim()
    .min(1, 'Name the token by its id or prefix.')
    .max(100, 'Name the token by its id or prefix.'),
})
