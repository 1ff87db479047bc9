/**
 * The batches the fault test sends: each has its own ids, so after the test every batch can be
 * checked on its own (all of it stored, or none). Commit shas are shared across batches so that
 * FirstDeploy is exercised by deployments of one change arriving in different batches.
 */
export type BatchKind = 'deployments' | 'incidents'

export interface SentBatch {
  index: number
  kind: BatchKind
  items: { id: string; commits?: { sha: string }[] }[]
  body: string
  /** 'ok': answered 200 (acknowledged); 'unknown': no answer (the server died); 'refused': any other answer. */
  outcome: 'pending' | 'ok' | 'unknown' | 'refused'
  answer?: string
}

const HOUR_MS = 3_600_000

export function makeBatch(index: number, size: number): SentBatch {
  const kind: BatchKind = index % 3 === 2 ? 'incidents' : 'deployments'
  const base = Date.UTC(2024, 0, 1)
  const items = Array.from({ length: size }, (_, i) => {
    const n = index * size + i
    const at = base + ((n * 7919) % 8760) * HOUR_MS
    if (kind === 'incidents') {
      return {
        id: `fault-i-${index}-${i}`,
        openedAt: new Date(at).toISOString(),
        resolvedAt: new Date(at + (1 + (n % 12)) * HOUR_MS).toISOString(),
        severity: 1 + (n % 4),
        team: n % 2 === 0 ? 'fault-team' : undefined,
        causedBy: `fault-d-${Math.max(0, index - 1)}-${i}`,
      }
    }
    const commits = Array.from({ length: 1 + (n % 3) }, (_, k) => ({
      sha: `fault-sha-${(n * 13 + k * 101) % 997}`,
      committedAt: new Date(at - (1 + k) * 5 * HOUR_MS).toISOString(),
    }))
    return {
      id: `fault-d-${index}-${i}`,
      deployedAt: new Date(at).toISOString(),
      team: n % 2 === 0 ? 'fault-team' : undefined,
      failed: n % 7 === 0,
      commits,
    }
  })
  return { index, kind, items, body: JSON.stringify(items), outcome: 'pending' }
}

/** Sends one batch; a network error (the server was killed mid-request) leaves the outcome unknown. */
export async function sendBatch(baseUrl: string, token: string, batch: SentBatch): Promise<SentBatch['outcome']> {
  try {
    const res = await fetch(`${baseUrl}/api/v1/${batch.kind}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: batch.body,
    })
    batch.answer = `${res.status} ${await res.text()}`
    return res.status === 200 ? 'ok' : 'refused'
  } catch {
    return 'unknown'
  }
}
