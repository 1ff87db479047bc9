// Serves the production build (what `next start` does) through Next's custom-server API, so that
// every request carries the real socket address and protocol to the app (see peer-headers.mjs): the
// sign-in limit must not trust a client's X-Forwarded-For. Expects `next build` to have run.
// PORT (default 3000) and HOST (default all interfaces) choose where it listens.
import { createServer } from 'node:http'
import next from 'next'
import { PEER_HEADERS_ENV, stampPeer } from './peer-headers.mjs'

process.env.NODE_ENV = 'production'
process.env[PEER_HEADERS_ENV] = '1'
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST || undefined

const app = next({ dev: false, hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

createServer((req, res) => {
  stampPeer(req)
  handle(req, res)
}).listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`)
})
