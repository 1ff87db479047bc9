// A real OpenID Connect provider on localhost for the browser tests (oidc-provider, with its
// development login pages: any login name, any password). Usage:
//   node tooling/oidc/test-provider.mjs <port> <redirect uri>
// It prints "ready <issuer>" once it listens. The people it knows are ACCOUNTS below.
//
// To prove the app refuses a bad ID token, POST /__test/next-id-token?tamper=<wrong-audience|expired>
// makes the next token response carry an ID token re-signed with the provider's own key after the
// change: the signature and issuer stay valid, so only the app's audience or expiry check can refuse it.
import { generateKeyPairSync, sign } from 'node:crypto'
import http from 'node:http'
import Provider from 'oidc-provider'

const [port, redirectUri] = [Number(process.argv[2]), process.argv[3]]
if (!port || !redirectUri) throw new Error('usage: test-provider.mjs <port> <redirect uri>')

const CLIENT_ID = 'scorecard-e2e'
const CLIENT_SECRET = 'e2e-client-secret-not-used-anywhere-else'

const ACCOUNTS = {
  ada: { email: 'ada@sso-spec.test', name: 'Ada Lovelace', groups: ['scorecard-editors', 'staff'] },
  grace: { email: 'grace@sso-spec.test', name: 'Grace Hopper', groups: ['staff'] },
  tim: { email: 'tim@sso-spec.test', name: 'Tim Berners-Lee', groups: [] },
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e-key', use: 'sig', alg: 'RS256' }

const issuer = `http://127.0.0.1:${port}`
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [jwk] },
  pkce: { required: () => true },
  // Put the scope's claims in the ID token (as Okta and Keycloak do), not only in userinfo.
  conformIdTokenClaims: false,
  scopes: ['openid', 'email', 'profile', 'groups'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  cookies: { keys: ['e2e-cookie-key-one-two-three'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id]
    if (!account) return undefined
    return {
      accountId: id,
      claims: async () => ({ sub: id, email: account.email, email_verified: true, name: account.name, groups: account.groups }),
    }
  },
})

let tamper = null

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url')

function resign(idToken, change) {
  const [header, payload] = idToken.split('.').map((part, i) => (i < 2 ? JSON.parse(Buffer.from(part, 'base64url').toString()) : part))
  const now = Math.floor(Date.now() / 1000)
  const claims = change === 'wrong-audience' ? { ...payload, aud: 'some-other-app' } : { ...payload, iat: now - 7200, exp: now - 3600 }
  const data = `${b64(header)}.${b64(claims)}`
  return `${data}.${sign('sha256', Buffer.from(data), privateKey).toString('base64url')}`
}

provider.use(async (ctx, next) => {
  await next()
  if (tamper && ctx.path === '/token' && ctx.body && typeof ctx.body.id_token === 'string') {
    ctx.body = { ...ctx.body, id_token: resign(ctx.body.id_token, tamper) }
    tamper = null
  }
})

const handle = provider.callback()
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', issuer)
  if (req.method === 'POST' && url.pathname === '/__test/next-id-token') {
    const wanted = url.searchParams.get('tamper')
    tamper = wanted === 'wrong-audience' || wanted === 'expired' ? wanted : null
    res.writeHead(tamper ? 204 : 400).end()
    return
  }
  handle(req, res)
})
server.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
