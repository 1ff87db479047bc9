import { NextResponse } from 'next/server'
import type { ApiErrorBody } from '@/lib/validation/api-error-body'

/** Every events API answer is JSON that no cache may keep: it reflects the database of this moment. */
export function apiJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}

export function apiError(status: number, body: ApiErrorBody): NextResponse {
  return apiJson(body, status)
}

/** An unexpected failure: logged in full on the server, answered without internals. Nothing was acknowledged. */
export function internalError(error: unknown): NextResponse {
  console.error('events API failure:', error)
  return apiError(500, { error: 'internal error', problem: 'The server failed; nothing of this request was stored. Send it again.' })
}
