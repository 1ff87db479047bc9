import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { REASON_REQUIRED } from '@/lib/validation/entry-schema'
import { SUMMARY_CATEGORY, summarySchema } from '@/lib/validation/summary-schema'
import { writeTransaction } from '../write-transaction'
import { changeCommentary } from './change-commentary'
import { ReasonRequiredError } from './quarter-lock'

export type SaveSummaryResult =
  | { ok: true; changed: boolean; text: string }
  /** `conflict`: someone else saved another text since the form was opened; `current` is theirs. */
  | { ok: false; fieldErrors: FieldErrors; conflict?: { current: string } }

/** Thrown inside the transaction so that nothing is written, and answered as field errors. */
class SummaryRefused extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly conflict?: { current: string },
  ) {
    super('summary refused')
  }
}

function conflictMessage(current: string): string {
  const now = current === '' ? 'it is now empty' : `it now reads “${current.length > 200 ? `${current.slice(0, 200)}…` : current}”`
  return `Someone else changed the summary since you opened this page (${now}). Nothing was saved; your text is still here: save again to replace theirs.`
}

/**
 * Saves the CTO's summary of a scope's quarter (Commentary, category "summary") with its audit
 * event, in one transaction. An empty text removes the summary. A text changed by someone else
 * since the form was opened is never overwritten silently. A published quarter is locked: a change
 * then needs a reason, recorded on the audit event as with any restatement.
 */
export async function saveSummary(input: unknown, actor: string): Promise<SaveSummaryResult> {
  const parsed = summarySchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { scope, quarter, text, base, reason } = parsed.data
  try {
    return await writeTransaction(async (tx) => {
      if (scope !== 'org') {
        const team = await tx.team.findUnique({ where: { id: scope } })
        if (!team || team.archivedAt) throw new SummaryRefused({ form: 'This team does not exist or is archived.' })
      }
      const outcome = await changeCommentary(
        tx,
        { scope, quarter, category: SUMMARY_CATEGORY, text, expectedText: base },
        { actor, reason, source: 'manual' },
      )
      if (outcome.status === 'conflict') throw new SummaryRefused({ text: conflictMessage(outcome.current) }, { current: outcome.current })
      return { ok: true as const, changed: outcome.status === 'written', text }
    })
  } catch (error) {
    if (error instanceof ReasonRequiredError) return { ok: false, fieldErrors: { reason: REASON_REQUIRED } }
    if (error instanceof SummaryRefused)
      return { ok: false, fieldErrors: error.fieldErrors, ...(error.conflict ? { conflict: error.conflict } : {}) }
    throw error
  }
}
