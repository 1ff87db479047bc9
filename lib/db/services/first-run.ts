import { FIRST_RUN_DISMISSED_KEY } from '../queries/first-run'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

/**
 * Stores that the first-run checklist was dismissed, for every admin: it describes the installation,
 * not one person's view. Dismissing again changes nothing and records nothing.
 */
export async function dismissFirstRun(actor: string, now = new Date()): Promise<{ changed: boolean }> {
  return writeTransaction(async (tx) => {
    const existing = await tx.setting.findUnique({ where: { key: FIRST_RUN_DISMISSED_KEY } })
    if (existing) return { changed: false }
    const value = now.toISOString()
    await tx.setting.create({ data: { key: FIRST_RUN_DISMISSED_KEY, value } })
    await appendAudit(tx, { actor, action: 'first-run.dismiss', entity: 'settings', entityId: 'first-run', after: { dismissedAt: value } })
    return { changed: true }
  })
}
