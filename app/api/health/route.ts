import { NextResponse } from 'next/server'
import { countFigures } from '@/lib/db/queries/health'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for process managers and the test harness. Reveals no data. */
export async function GET() {
  try {
    await countFigures()
    return NextResponse.json({ ok: true })
  } catch {
    return NextResponse.json({ ok: false }, { status: 503 })
  }
}
