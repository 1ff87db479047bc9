import { prisma } from '../client'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/validation/settings-schema'

/**
 * Settings as one typed object. Stored rows that no longer validate (say, a hand-edited database)
 * fall back to the default for that key rather than breaking every page.
 */
export async function getSettings(): Promise<Settings> {
  const rows = await prisma.setting.findMany()
  const merged: Record<string, string | number> = { ...DEFAULT_SETTINGS }
  for (const row of rows) if (row.key in merged) merged[row.key] = row.value
  const parsed = settingsSchema.safeParse(merged)
  return parsed.success ? (parsed.data as Settings) : DEFAULT_SETTINGS
}

/** Internal flags such as "demo data was loaded once", kept apart from user-facing settings. */
export async function getFlag(key: string): Promise<string | null> {
  const row = await prisma.setting.findUnique({ where: { key: `flag:${key}` } })
  return row?.value ?? null
}
