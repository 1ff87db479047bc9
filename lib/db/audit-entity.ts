/**
 * The entity id an audit event of a figure, target or commentary is filed under: "<scope>/<quarter>/<key>"
 * (the key is a metric key, or a category for commentary), and "<scope>/<quarter>" for a quarter.
 * Readable in the audit log and searchable by its parts; built and read back only here. Scopes are
 * "org" or a team's cuid, quarters "2026-Q3" and keys snake_case, so none of them holds a "/".
 */
export interface ScopedKey {
  scope: string
  quarter: string
  key: string
}

export function scopedEntityId(scope: string, quarter: string, key: string): string {
  return `${scope}/${quarter}/${key}`
}

export function quarterEntityId(scope: string, quarter: string): string {
  return `${scope}/${quarter}`
}

/** The parts of an id scopedEntityId built, or null for any other entity id. */
export function parseScopedEntityId(entityId: string): ScopedKey | null {
  const parts = entityId.split('/')
  if (parts.length !== 3 || parts.some((p) => p === '')) return null
  const [scope, quarter, key] = parts as [string, string, string]
  return { scope, quarter, key }
}
