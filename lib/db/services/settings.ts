import { getSettings } from '../queries/settings'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { settingsSchema, type Settings } from '@/lib/validation/settings-schema'
import { wakeRecomputeJob } from '../jobs/recompute-job-state'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { markEventFiguresStaleForTimeZone } from './time-zone-stale-marks'

export type SettingsResult = { ok: true; settings: Settings; changed: (keyof Settings)[] } | { ok: false; fieldErrors: FieldErrors }

/**
 * Saves the organisation's settings: one Setting row per key, all upserted in one transaction with
 * one audit event that records the keys that changed, before and after. Saving unchanged settings
 * writes nothing. A new default benchmark set applies to quarters recorded from now on only: each
 * quarter keeps the set it was first recorded with (see ensure-quarter.ts). A new time zone moves
 * the quarter boundaries events are counted by, so every quarter whose event figures can change is
 * marked stale in the same transaction (see time-zone-stale-marks.ts).
 */
export async function updateSettings(input: unknown, actor: string): Promise<SettingsResult> {
  const parsed = settingsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const next = parsed.data as Settings
  const keys = Object.keys(next) as (keyof Settings)[]
  const result = await writeTransaction(
    async (tx) => {
      // Locked from the start (writeTransaction), as ingestion and recompute are: the marks below are
      // taken from the figures and events as they stand when the new zone commits, with no batch between.
      // Read inside the transaction so the audit's "before" is what this write replaced.
      const current = await getSettings(tx)
      const changed = keys.filter((key) => String(current[key]) !== String(next[key]))
      if (changed.length === 0) return { ok: true as const, settings: current, changed }
      for (const key of keys) {
        const value = String(next[key])
        await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } })
      }
      if (changed.includes('timeZone')) await markEventFiguresStaleForTimeZone(tx, next.timeZone, new Date())
      await appendAudit(tx, {
        actor,
        action: 'settings.update',
        entity: 'settings',
        entityId: 'org',
        before: Object.fromEntries(changed.map((key) => [key, current[key]])),
        after: Object.fromEntries(changed.map((key) => [key, next[key]])),
      })
      return { ok: true as const, settings: next, changed }
    },
    // Waits its turn behind an ingest batch (up to a minute, as batches allow each other).
    { maxWait: 60_000, timeout: 60_000 },
  )
  // Committed: the quarters a new time zone marked stale are recomputed now, not at the job's next poll.
  if (result.ok && result.changed.includes('timeZone')) wakeRecomputeJob()
  return result
}
