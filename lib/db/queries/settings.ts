import { prisma } from '../client'
import { cachedRead } from '../read-cache'
import type { Prisma } from '../generated/client'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/validation/settings-schema'

/** The client settings are read with: the app's, or a transaction's so a read and a write agree. */
export type SettingsReader = Pick<Prisma.TransactionClient, '$queryRaw'>

/**
 * Settings as one typed object. Stored rows that no longer validate (say, a hand-edited database)
 * fall back to the default for that key rather than breaking every page.
 */
async function readSettings(db: SettingsReader): Promise<Settings> {
  // Raw SQL: read in every delivery batch and after every change, where a model query's plan costs more to compile than the read.
  const rows = await db.$queryRaw<{ key: string; value: string }[]>`SELECT "key", "value" FROM "Setting"`
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

// Layout, page and queries all need the settings: kept in memory until a setting changes.
const readSettingsCached = cachedRead('settings', () => readSettings(prisma))

/** The settings; pass a transaction client to read them inside a transaction (never cached). */
export function getSettings(db?: SettingsReader): Promise<Settings> {
  return db ? readSettings(db) : readSettingsCached()
}
