import { NextResponse } from 'next/server'
import type { ApiErrorBody } from '@/lib/validation/api-error-body'

/** Every events API answer is JSON that no cache may keep: it reflects the database of this moment. */
export function apiJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * A short machine answer (a webhook delivery's): `no-transform` tells the server's compression to
 * leave it as it is. Gzip of a body of a few hundred bytes saves nothing on the wire and cost about
 * 0.5 ms of the server's one thread per delivery (measured with the deliveries bench).
 */
export function shortApiJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store, no-transform' } })
}

export function apiError(status: number, body: ApiErrorBody): NextResponse {
  return apiJson(body, status)
}

/** An unexpected failure: logged in full on the server, answered without internals. Nothing was acknowledged. */
export function internalError(error: unknown): NextResponse {
  console.error('events API failure:', error)
  return apiError(500, { error: 'internal error', problem: 'The server failed; nothing of this request was stored. Send it again.' })
}
