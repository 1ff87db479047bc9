import type { ImportState } from '@/lib/actions/import-answer'

/** A progress line of the apply route, in words for the status line. */
export function phaseText(line: unknown, rows: number | null): string | null {
  const phase = (line as { phase?: unknown } | null)?.phase
  if (phase === 'reading') return 'Reading the file…'
  if (phase === 'checking') return rows === null ? 'Checking every row again…' : `Checking ${rows.toLocaleString('en-US')} rows again…`
  if (phase === 'writing') {
    const { done, total } = line as { done: number; total: number }
    return `Storing changes in one transaction: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}…`
  }
  return null
}

/** An answer of the import routes, or a refusal in the same shape when the body is not one. */
export function answerOf(status: number, body: unknown): Exclude<ImportState, null> {
  if (body && typeof body === 'object' && 'ok' in body) return body as Exclude<ImportState, null>
  const form = status === 413 ? 'The file is too large for one import.' : `The server answered ${status}. Nothing was stored; try again.`
  return { ok: false, status, fieldErrors: { form } }
}
