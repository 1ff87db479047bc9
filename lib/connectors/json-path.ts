/**
 * Reading fields of a webhook body, which is untrusted JSON of a provider's documented shape: each
 * reader answers null when the field is missing or of another type, and the translator decides
 * whether that makes the delivery malformed.
 */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return null
    current = (current as Record<string | number, unknown>)[key]
  }
  return current ?? null
}

export function textAt(value: unknown, ...path: (string | number)[]): string | null {
  const found = at(value, ...path)
  return typeof found === 'string' ? found : null
}

/** A number or numeric id as text (GitHub and GitLab ids are numbers, PagerDuty's are strings). */
export function idAt(value: unknown, ...path: (string | number)[]): string | null {
  const found = at(value, ...path)
  if (typeof found === 'number' && Number.isFinite(found)) return String(found)
  return typeof found === 'string' && found.length > 0 ? found : null
}

export function listAt(value: unknown, ...path: (string | number)[]): unknown[] {
  const found = at(value, ...path)
  return Array.isArray(found) ? found : []
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
