import { Prisma } from '../generated/client'
import type { EventMetricKey } from '@/lib/metrics/dora-events'
import { quarterBoundsUtc } from '@/lib/metrics/time-zone'
import type { EventReader } from './event-figures'

/** Which events each computed figure is made of: deployments, incidents, or both. */
const INPUTS: Record<EventMetricKey, readonly ('deployments' | 'incidents')[]> = {
  deployment_frequency: ['deployments'],
  lead_time_hours: ['deployments'],
  rework_rate: ['deployments'],
  change_failure_rate: ['deployments', 'incidents'],
  recovery_time_hours: ['incidents', 'deployments'],
  major_incidents: ['incidents'],
  mtta_minutes: ['incidents'],
  mttr_hours: ['incidents'],
}

function teamIs(scope: string): Prisma.Sql {
  return scope === 'org' ? Prisma.empty : Prisma.sql`AND "teamId" = ${scope}`
}

/**
 * Who reported the events behind each figure of a scope's quarter, as the figure's sourceRef: the
 * connections' providers ("github", "github, pagerduty"), or null when only the events API did, so
 * figures from the events API read exactly as before.
 */
export async function eventSourceRefs(
  db: EventReader,
  scope: string,
  quarter: string,
  timeZone: string,
): Promise<Record<EventMetricKey, string | null>> {
  const { start, end } = quarterBoundsUtc(quarter, timeZone)
  const deployments = await db.$queryRaw<{ source: string }[]>`
    SELECT DISTINCT "source" FROM "Deployment" WHERE "deployedAt" >= ${start} AND "deployedAt" < ${end} ${teamIs(scope)}`
  const incidents = await db.$queryRaw<{ source: string }[]>`
    SELECT DISTINCT "source" FROM "Incident"
    WHERE (("openedAt" >= ${start} AND "openedAt" < ${end}) OR ("resolvedAt" >= ${start} AND "resolvedAt" < ${end})) ${teamIs(scope)}`
  const found = { deployments: deployments.map((r) => r.source), incidents: incidents.map((r) => r.source) }
  const refs = {} as Record<EventMetricKey, string | null>
  for (const [key, inputs] of Object.entries(INPUTS) as [EventMetricKey, (typeof INPUTS)[EventMetricKey]][]) {
    const sources = [...new Set(inputs.flatMap((i) => found[i]))].filter((s) => s !== 'events').sort()
    refs[key] = sources.length === 0 ? null : sources.join(', ')
  }
  return refs
}
