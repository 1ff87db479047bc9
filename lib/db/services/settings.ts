import { getSettings } from '../queries/settings'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { settingsSchema, type Settings } from '@/lib/validation/settings-schema'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

export type SettingsResult =
  | { ok: true; settings: Settings; changed: (keyof Settings)[] }
  | { ok: false; fieldErrors: FieldErrors }

/**
 * Saves the organisation's settings: one Setting row per key, all upserted in one transaction with
 * one audit event that records the keys that changed, before and after. Saving unchanged settings
 * writes nothing. A new default benchmark set applies to quarters recorded from now on only: each
 * quarter keeps the set it was first recorded with (see ensure-quarter.ts).
 */
export async function updateSettings(input: unknown, actor: string): Promise<SettingsResult> {
  const parsed = settingsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const next = parsed.data as Settings
  const keys = Object.keys(next) as (keyof Settings)[]
  return writeTransaction(async (tx) => {
    // Read inside the transaction so the audit's "before" is what this write replaced.
    const current = await getSettings(tx)
    const changed = keys.filter((key) => String(current[key]) !== String(next[key]))
    if (changed.length === 0) return { ok: true as const, settings: current, changed }
    for (const key of keys) {
      const value = String(next[key])
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } })
    }
    await appendAudit(tx, {
      actor,
      action: 'settings.update',
      entity: 'settings',
      entityId: 'org',
      before: Object.fromEntries(changed.map((key) => [key, current[key]])),
      after: Object.fromEntries(changed.map((key) => [key, next[key]])),
    })
    return { ok: true as const, settings: next, changed }
  })
}
