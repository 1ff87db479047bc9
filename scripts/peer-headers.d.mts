export declare const PEER_ADDRESS_HEADER: string
export declare const PEER_PROTO_HEADER: string
export declare const PEER_HEADERS_ENV: string
export declare function stampPeer(req: {
  headers: Record<string, string | string[] | undefined>
  socket: { remoteAddress?: string; encrypted?: boolean }
}): void
