const LONG = 160

/** A stored before/after JSON as compact "key: value" text; unreadable JSON is shown as stored. */
export function compactJson(json: string | null): string | null {
  if (json === null) return null
  try {
    const value: unknown = JSON.parse(json)
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value)
        .map(([key, v]) => `${key}: ${JSON.stringify(v)}`)
        .join(', ')
    }
    return JSON.stringify(value)
  } catch {
    return json
  }
}

/** One side of a change. Long values (a commentary) fold away behind their first words. */
export function AuditValues({ json }: { json: string | null }) {
  const text = compactJson(json)
  if (text === null) {
    return (
      <>
        <span aria-hidden="true" className="text-slate-400">
          —
        </span>
        <span className="sr-only">nothing</span>
      </>
    )
  }
  const code = <code className="font-mono text-xs break-words whitespace-pre-wrap text-slate-800">{text}</code>
  if (text.length <= LONG) return code
  return (
    <details>
      <summary className="cursor-pointer font-mono text-xs text-slate-700">{text.slice(0, LONG)}…</summary>
      <div className="mt-1">{code}</div>
    </details>
  )
}
