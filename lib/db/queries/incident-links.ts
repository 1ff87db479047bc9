import { prisma } from '../client'

/** Where an incident's link to a deployment came from. */
export type LinkOrigin = 'rule' | 'event' | 'person' | null

export interface IncidentLinkRow {
  externalId: string
  openedAt: Date
  severity: number
  teamName: string | null
  causedBy: string | null
  origin: LinkOrigin
  /** The person who set or removed the link, when a person did. */
  setBy: string | null
}

/** How many of a source's incidents the Connections page lists for their links. */
export const INCIDENT_LIST_SIZE = 20

/**
 * The newest incidents a provider reported, each with the deployment it is linked to and where the
 * link came from: a person (who set or removed it), the connection's rule (a webhook incident linked
 * when first stored) or the event itself (the events API named its cause).
 */
export async function listIncidentLinks(source: string, take = INCIDENT_LIST_SIZE): Promise<IncidentLinkRow[]> {
  const rows = await prisma.incident.findMany({ where: { source }, orderBy: [{ openedAt: 'desc' }, { id: 'desc' }], take })
  const teamIds = [...new Set(rows.map((r) => r.teamId).filter((t): t is string => t !== null))]
  const teams = new Map((await prisma.team.findMany({ where: { id: { in: teamIds } } })).map((t) => [t.id, t.name]))
  return rows.map((r) => ({
    externalId: r.externalId,
    openedAt: r.openedAt,
    severity: r.severity,
    teamName: r.teamId ? (teams.get(r.teamId) ?? null) : null,
    causedBy: r.causedBy,
    origin: r.causeSetBy !== null ? 'person' : r.causedBy === null ? null : source === 'events' ? 'event' : 'rule',
    setBy: r.causeSetBy,
  }))
}
