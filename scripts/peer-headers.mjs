// Headers the app's own Node server (scripts/server.mjs) puts on every request, after removing any
// copy a client sent: the socket's address and whether the socket was TLS. Route handlers cannot see
// the socket under Next, so this is how the real peer reaches them (lib/auth/request-info.ts).
export const PEER_ADDRESS_HEADER = 'x-scorecard-peer-address'
export const PEER_PROTO_HEADER = 'x-scorecard-peer-proto'
// Set in the server's environment: the app reads the headers above only when this server stamped them.
export const PEER_HEADERS_ENV = 'SCORECARD_PEER_HEADERS'

/** Replaces whatever the client sent under the internal names with what the socket says. */
export function stampPeer(req) {
  delete req.headers[PEER_ADDRESS_HEADER]
  delete req.headers[PEER_PROTO_HEADER]
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown'
  req.headers[PEER_PROTO_HEADER] = req.socket.encrypted ? 'https' : 'http'
}
