import { CliError, fieldErrorsLine } from '../cli-error'
import type { CliCommand } from '../command'

export const createTeamCommand: CliCommand = {
  name: 'create-team',
  usage: 'create-team --name N [--slug S]',
  summary: 'Adds a team; without --slug, one is derived from the name.',
  flags: { required: ['name'], optional: ['slug'] },
  async run({ flags, actor }) {
    const { createTeam } = await import('@/lib/db/services/teams')
    const result = await createTeam({ name: flags.name, slug: flags.slug ?? '' }, actor)
    if (!result.ok) throw new CliError(fieldErrorsLine(result.fieldErrors))
    const { team } = result
    return {
      lines: [`Created team ${team.name} (${team.slug}).`],
      json: { id: team.id, slug: team.slug, name: team.name, archived: team.archived },
    }
  },
}

export const listTeamsCommand: CliCommand = {
  name: 'list-teams',
  usage: 'list-teams',
  summary: 'One line per team, archived ones included: slug, name, status (tab-separated).',
  flags: { required: [], optional: [] },
  async run() {
    const { listTeams } = await import('@/lib/db/queries/teams')
    const teams = await listTeams({ includeArchived: true })
    const lines = teams.map((t) => [t.slug, t.name, t.archived ? 'archived' : 'active'].join('\t'))
    return {
      lines: lines.length > 0 ? lines : ['No teams yet.'],
      json: teams.map((t) => ({ id: t.id, slug: t.slug, name: t.name, archived: t.archived })),
    }
  },
}
