import { NextResponse } from 'next/server'
import { currentDataVersionHandler } from '@/lib/actions/data-version'
import { getCurrentActor } from '@/lib/request/current-user'

export const dynamic = 'force-dynamic'

/**
 * GET /api/data-version — `{ ok: true, version }`, an opaque tag that changes with every write to
 * the figures, targets, settings or teams. The scorecard, category and metric pages poll it and
 * redraw themselves when it moves on. 401 signed out, 403 for a person who may not read.
 */
export async function GET() {
  const { state } = await currentDataVersionHandler(await getCurrentActor())
  return NextResponse.json(state, { status: state.ok ? 200 : state.status, headers: { 'Cache-Control': 'no-store' } })
}
