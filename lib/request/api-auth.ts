import { NextResponse } from 'next/server'
import { authenticateToken, type AuthenticatedToken } from '@/lib/db/services/api-tokens'
import type { ApiTokenScope } from '@/lib/validation/api-token-schema'

export type ApiAuth = { ok: true; token: AuthenticatedToken } | { ok: false; response: NextResponse }

const REALM = 'realm="cto-scorecard"'

/**
 * RFC 6750 answers: 401 with a WWW-Authenticate challenge when the token is missing, unknown or
 * revoked (one message for all three, so a caller cannot probe which tokens exist); 403 with
 * error="insufficient_scope" when the token is live but has the other scope.
 */
function unauthorized(tokenGiven: boolean): NextResponse {
  const challenge = tokenGiven ? `Bearer ${REALM}, error="invalid_token"` : `Bearer ${REALM}`
  return NextResponse.json(
    { error: 'unauthorized', problem: 'Send a live API token as "Authorization: Bearer cto_…"; an admin creates one under API tokens.' },
    { status: 401, headers: { 'WWW-Authenticate': challenge, 'Cache-Control': 'no-store' } },
  )
}

function forbidden(needed: ApiTokenScope, held: string): NextResponse {
  return NextResponse.json(
    { error: 'forbidden', problem: `This endpoint needs a token with the "${needed}" scope; this token has "${held}".` },
    {
      status: 403,
      headers: { 'WWW-Authenticate': `Bearer ${REALM}, error="insufficient_scope", scope="${needed}"`, 'Cache-Control': 'no-store' },
    },
  )
}

/** The bearer string of an Authorization header, or null; the scheme is case-insensitive (RFC 7235). */
export function bearerOf(header: string | null): string | null {
  const match = header ? /^Bearer[ ]+(\S+)[ ]*$/i.exec(header) : null
  return match ? match[1] : null
}

/** For /api/v1 route handlers: the calling token if it is live and holds the scope, else the error response. */
export async function requireApiToken(request: Request, scope: ApiTokenScope): Promise<ApiAuth> {
  const header = request.headers.get('authorization')
  const bearer = bearerOf(header)
  if (!bearer) return { ok: false, response: unauthorized(header !== null) }
  const token = await authenticateToken(bearer)
  if (!token) return { ok: false, response: unauthorized(true) }
  if (token.scope !== scope) return { ok: false, response: forbidden(scope, token.scope) }
  return { ok: true, token }
}
