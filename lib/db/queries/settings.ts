import { prisma } from '../client'
import type { Prisma } from '../generated/client'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/validation/settings-schema'

/** The client settings are read with: the app's, or a transaction's so a read and a write agree. */
export type SettingsReader = Pick<Prisma.TransactionClient, 'setting'>

/**
 * Settings as one typed object. Stored rows that no longer validate (say, a hand-edited database)
 * fall back to the default for that key rather than breaking every page.
 */
export async function getSettings(db: SettingsReader = prisma): Promise<Settings> {
  const rows = await db.setting.findMany()
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  for (const row of rows) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, row.key)) continue
    const key = row.key as keyof Settings
    const parsed = settingsSchema.shape[key].safeParse(row.value)
    if (parsed.success) merged[key] = parsed.data
  }
  const parsed = settingsSchema.safeParse(merged)
  return parsed.success ? (parsed.data as Settings) : DEFAULT_SETTINGS
}

/** Internal flags such as "demo data was loaded once", kept apart from user-facing settings. */
export async function getFlag(key: string): Promise<string | null> {
  const row = await prisma.setting.findUnique({ where: { key: `flag:${key}` } })
  return row?.value ?? null
}
