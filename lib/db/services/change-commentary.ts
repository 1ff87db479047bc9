import type { Prisma } from '../generated/client'
import { scopedEntityId } from '../audit-entity'
import type { FigureSource } from './change-figures'
import { appendAudit } from './audit'
import { QuarterLocks } from './quarter-lock'

type Tx = Prisma.TransactionClient

/** A category's commentary (or, category "summary", the CTO's summary) as a writer wants it; '' removes it. */
export interface CommentaryChange {
  scope: string
  quarter: string
  category: string
  text: string
  /** The text the writer started from ('' for none): another stored text is a conflict. Omitted: any. */
  expectedText?: string
}

export interface CommentaryContext {
  actor: string
  /** Why a published quarter changes; required for any change to one (else ReasonRequiredError). */
  reason: string | null
  source: FigureSource
}

export type CommentaryOutcome = { status: 'unchanged' } | { status: 'written' } | { status: 'conflict'; current: string }

/**
 * The one way to change commentary, inside the caller's transaction: the same text is no change;
 * a text someone else changed since the writer read it is a conflict, never overwritten; a change
 * to a published quarter needs the reason, which its "commentary.set" audit event carries.
 */
export async function changeCommentary(tx: Tx, change: CommentaryChange, context: CommentaryContext): Promise<CommentaryOutcome> {
  const { scope, quarter, category, text } = change
  const where = { scope_quarter_category: { scope, quarter, category } }
  const stored = await tx.commentary.findUnique({ where })
  const current = stored?.text ?? ''
  if (current === text) return { status: 'unchanged' }
  if (change.expectedText !== undefined && current !== change.expectedText) return { status: 'conflict', current }
  const reason = await new QuarterLocks(tx, context.reason).reasonFor(scope, quarter)
  const isDemo = context.source === 'demo'
  if (text === '') await tx.commentary.delete({ where })
  else {
    await tx.commentary.upsert({
      where,
      create: { scope, quarter, category, text, updatedBy: context.actor, isDemo },
      update: { text, updatedBy: context.actor, isDemo },
    })
  }
  await appendAudit(tx, {
    actor: context.actor,
    action: 'commentary.set',
    entity: 'commentary',
    entityId: scopedEntityId(scope, quarter, category),
    before: stored ? { text: stored.text } : undefined,
    after: { text, ...(reason !== null ? { reason } : {}) },
  })
  return { status: 'written' }
}

/** Takes away the demo commentary; the "demo.remove" audit event that the caller appends records it. */
export async function removeDemoCommentary(tx: Tx): Promise<number> {
  return (await tx.commentary.deleteMany({ where: { isDemo: true } })).count
}
