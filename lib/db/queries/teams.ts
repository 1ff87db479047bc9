import { prisma } from '../client'
import { cachedRead } from '../read-cache'

export interface TeamRow {
  id: string
  slug: string
  name: string
  archived: boolean
  isDemo: boolean
}

/** A scope as the pages see it: the organisation, or one team. `id` is what figures are stored under. */
export interface Scope {
  id: string
  slug: string
  name: string
  archived: boolean
}

export const ORG_SCOPE: Scope = { id: 'org', slug: 'org', name: 'Organisation', archived: false }

/** The name a page shows for a scope: the organisation goes by the name set in Settings, a team by its own. */
export function scopeDisplayName(scope: Pick<Scope, 'id' | 'name'>, orgName: string): string {
  return scope.id === ORG_SCOPE.id ? orgName : scope.name
}

/** Teams by name; archived ones only when asked. Every page's scope picker reads this. */
export function listTeams(options: { includeArchived?: boolean } = {}): Promise<TeamRow[]> {
  return readTeams(options.includeArchived === true)
}

const readTeams = cachedRead('teams', async (includeArchived: boolean): Promise<TeamRow[]> => {
  const teams = await prisma.team.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    orderBy: { name: 'asc' },
  })
  return teams.map((t) => ({ id: t.id, slug: t.slug, name: t.name, archived: t.archivedAt !== null, isDemo: t.isDemo }))
})

/** The scope named in a URL (`org` or a team slug); null when no such team exists. */
export const getScopeBySlug = cachedRead('scope-by-slug', async (slug: string): Promise<Scope | null> => {
  if (slug === 'org') return ORG_SCOPE
  const team = await prisma.team.findUnique({ where: { slug } })
  return team ? { id: team.id, slug: team.slug, name: team.name, archived: team.archivedAt !== null } : null
})
