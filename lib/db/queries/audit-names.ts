import { prisma } from '../client'
import { ORG_SCOPE, scopeDisplayName } from './teams'
import type { AuditRow } from './audit'

/** Entities filed under "<scope>/<quarter>[/<key>]" (see audit-entity.ts), whose scope is a team id or org. */
const SCOPED_ENTITIES = new Set(['figure', 'target', 'commentary', 'quarter'])

export interface AuditNames {
  /** What each event (by id) is about, in words: "Payments · 2026-Q3 · releases"; absent when the id says it already. */
  entities: Record<number, string>
  /** People's display names by the email they act under. */
  actors: Record<string, string>
}

/** The team (or org) id an event is filed under, or null when it is not about one scope. */
function scopeOf(event: AuditRow): string | null {
  if (event.entity === 'team') return event.entityId
  if (!SCOPED_ENTITIES.has(event.entity)) return null
  return event.entityId.split('/')[0] || null
}

/**
 * The names an audit page shows instead of ids: teams (renamed or archived ones too, by their name
 * now) and people (by the name they were given). Ids stay beside them, so a search by id still
 * finds what is shown. Two lookups for the page's events, not one per row.
 */
export async function getAuditNames(events: readonly AuditRow[], orgName: string): Promise<AuditNames> {
  const teamIds = new Set(events.map(scopeOf).filter((id): id is string => id !== null && id !== ORG_SCOPE.id))
  const userIds = new Set(events.filter((e) => e.entity === 'user').map((e) => e.entityId))
  const emails = new Set(events.map((e) => e.actor))
  const [teams, users] = await Promise.all([
    prisma.team.findMany({ where: { id: { in: [...teamIds] } }, select: { id: true, name: true } }),
    prisma.user.findMany({
      where: { OR: [{ id: { in: [...userIds] } }, { email: { in: [...emails] } }] },
      select: { id: true, email: true, name: true },
    }),
  ])
  const teamName = new Map(teams.map((t) => [t.id, t.name]))
  const userName = new Map(users.map((u) => [u.id, `${u.name} (${u.email})`]))
  const entities: Record<number, string> = {}
  for (const event of events) {
    const scope = scopeOf(event)
    if (event.entity === 'user' && userName.has(event.entityId)) entities[event.id] = userName.get(event.entityId) ?? ''
    if (scope === null) continue
    const name = scope === ORG_SCOPE.id ? scopeDisplayName(ORG_SCOPE, orgName) : teamName.get(scope)
    if (name === undefined) continue
    entities[event.id] = event.entity === 'team' ? name : [name, ...event.entityId.split('/').slice(1)].join(' · ')
  }
  return { entities, actors: Object.fromEntries(users.filter((u) => emails.has(u.email)).map((u) => [u.email, u.name])) }
}
