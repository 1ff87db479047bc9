import { API_TOKEN_SCOPES } from '@/lib/validation/api-token-schema'
import type { ApiTokenRow } from '@/lib/db/services/api-tokens'
import { CliError, fieldErrorsLine } from '../cli-error'
import type { CliCommand } from '../command'

function tokenJson(t: ApiTokenRow) {
  return {
    id: t.id,
    name: t.name,
    scope: t.scope,
    prefix: t.prefix,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }
}

export const createTokenCommand: CliCommand = {
  name: 'create-token',
  usage: 'create-token --scope ingest|read --name N',
  summary: `Creates an API token (scope: ${API_TOKEN_SCOPES.join(' or ')}) and prints it alone on one line. It is shown only this once.`,
  flags: { required: ['scope', 'name'], optional: [] },
  async run({ flags, actor }) {
    const { createApiToken } = await import('@/lib/db/services/api-tokens')
    const result = await createApiToken({ name: flags.name, scope: flags.scope }, actor)
    if (!result.ok) throw new CliError(fieldErrorsLine(result.fieldErrors))
    // The token alone on its line, so `TOKEN=$(npm run -s admin -- create-token …)` captures it.
    return {
      lines: [result.token],
      json: { id: result.id, name: result.name, scope: result.scope, prefix: result.prefix, token: result.token },
    }
  },
}

export const revokeTokenCommand: CliCommand = {
  name: 'revoke-token',
  usage: 'revoke-token --id ID|PREFIX',
  summary: 'Revokes an API token at once, named by its id or its prefix as list-tokens shows it.',
  flags: { required: ['id'], optional: [] },
  async run({ flags, actor }) {
    const { revokeApiToken } = await import('@/lib/db/services/api-tokens')
    const result = await revokeApiToken({ id: flags.id }, actor)
    if (!result.ok) throw new CliError(fieldErrorsLine(result.fieldErrors))
    const { token, changed } = result
    const line = changed
      ? `Revoked ${token.prefix}… (${token.name}); requests with it now get 401.`
      : `${token.prefix}… (${token.name}) was already revoked; nothing changed.`
    return { lines: [line], json: { ...tokenJson(token), changed } }
  },
}

export const listTokensCommand: CliCommand = {
  name: 'list-tokens',
  usage: 'list-tokens',
  summary: 'One line per API token, revoked ones included: prefix, scope, status, last used, name (tab-separated).',
  flags: { required: [], optional: [] },
  async run() {
    const { listApiTokens } = await import('@/lib/db/services/api-tokens')
    const tokens = await listApiTokens()
    const lines = tokens.map((t) =>
      [`${t.prefix}…`, t.scope, t.revokedAt ? 'revoked' : 'active', t.lastUsedAt ? t.lastUsedAt.toISOString() : 'never used', t.name].join(
        '\t',
      ),
    )
    return { lines: lines.length > 0 ? lines : ['No API tokens yet.'], json: tokens.map(tokenJson) }
  },
}
