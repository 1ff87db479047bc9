import type { Prisma } from '../generated/client'
import { getSettings } from '../queries/settings'
import { ensureQuarter } from './ensure-quarter'

/** A change to a published quarter came without a reason: thrown so the caller's transaction writes nothing. */
export class ReasonRequiredError extends Error {
  constructor(
    readonly scope: string,
    readonly quarter: string,
  ) {
    super(`${scope}/${quarter} is published: a change needs a reason`)
  }
}

/**
 * The published-quarter rule for one batch of changes inside one transaction. Each scope's quarter a
 * change writes to gets its Quarter row (fixing the benchmark set that judges it, see ensureQuarter),
 * and, once it is published, the change is a restatement: it needs the batch's reason, and is refused
 * without one. Looked up once per quarter, however many changes touch it.
 */
export class QuarterLocks {
  private readonly reasons = new Map<string, string | null>()
  private readonly reason: string
  private benchmarkSet: string | null = null

  constructor(
    private readonly tx: Prisma.TransactionClient,
    reason: string | null | undefined,
  ) {
    this.reason = reason?.trim() ?? ''
  }

  /** The reason to record for a change to this quarter: null while it is not published. */
  async reasonFor(scope: string, quarter: string): Promise<string | null> {
    const key = `${scope}/${quarter}`
    if (this.reasons.has(key)) return this.reasons.get(key) ?? null
    this.benchmarkSet ??= (await getSettings(this.tx)).defaultBenchmarkSet
    const { publishedAt } = await ensureQuarter(this.tx, scope, quarter, this.benchmarkSet)
    if (publishedAt && this.reason === '') throw new ReasonRequiredError(scope, quarter)
    const reason = publishedAt ? this.reason : null
    this.reasons.set(key, reason)
    return reason
  }
}
