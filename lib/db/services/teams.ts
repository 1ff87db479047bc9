import type { Prisma } from '../generated/client'
import type { TeamRow } from '../queries/teams'
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/field-errors'
import { teamNameKey } from '@/lib/validation/team-name-key'
import { createTeamSchema, renameTeamSchema, setTeamArchivedSchema } from '@/lib/validation/team-schema'
import { isUniqueViolation } from '../write-lock'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

export type TeamResult = { ok: true; team: TeamRow; changed: boolean } | { ok: false; fieldErrors: FieldErrors }

/** Thrown inside a transaction to roll it back and come out as field errors. */
class TeamInputError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('team input refused')
  }
}

type StoredTeam = { id: string; slug: string; name: string; archivedAt: Date | null; isDemo: boolean }

function toRow(t: StoredTeam): TeamRow {
  return { id: t.id, slug: t.slug, name: t.name, archived: t.archivedAt !== null, isDemo: t.isDemo }
}

function slugTaken(slug: string, by: { name: string; archivedAt: Date | null }): TeamInputError {
  const archived = by.archivedAt ? ', which is archived' : ''
  return new TeamInputError({ slug: `“${slug}” is already used by the team ${by.name}${archived}. Choose another slug.` })
}

async function assertSlugFree(tx: Prisma.TransactionClient, slug: string, exceptId?: string): Promise<void> {
  const holder = await tx.team.findUnique({ where: { slug } })
  if (holder && holder.id !== exceptId) throw slugTaken(slug, holder)
}

/**
 * Names are unique whatever their case and spacing (see team-name-key.ts). Checked here rather than
 * by an index: writeTransaction holds the write lock from its first statement, so no other write can
 * add a clashing team between this read and the insert, and teams are few enough to read them all.
 */
async function assertNameFree(tx: Prisma.TransactionClient, name: string, exceptId?: string): Promise<void> {
  const key = teamNameKey(name)
  const teams = await tx.team.findMany({ select: { id: true, name: true, archivedAt: true } })
  const holder = teams.find((t) => t.id !== exceptId && teamNameKey(t.name) === key)
  if (!holder) return
  const archived = holder.archivedAt ? ' It is archived: unarchive it instead of adding it again.' : ''
  throw new TeamInputError({
    name: `A team called “${holder.name}” already exists; names must differ by more than case or spacing.${archived}`,
  })
}

async function findTeam(tx: Prisma.TransactionClient, id: string): Promise<StoredTeam> {
  const team = await tx.team.findUnique({ where: { id } })
  if (!team) throw new TeamInputError({ form: 'This team no longer exists. Reload the page.' })
  return team
}

/** Runs a team change; refusals (and a slug taken by a concurrent write) come back as field errors. */
async function run(change: (tx: Prisma.TransactionClient) => Promise<{ team: StoredTeam; changed: boolean }>): Promise<TeamResult> {
  try {
    const { team, changed } = await writeTransaction(change)
    return { ok: true, team: toRow(team), changed }
  } catch (error) {
    if (error instanceof TeamInputError) return { ok: false, fieldErrors: error.fieldErrors }
    // The unique index is the last word when two people claim the same slug at the same moment.
    if (isUniqueViolation(error)) {
      return { ok: false, fieldErrors: { slug: 'This slug was just taken by another team. Choose another slug.' } }
    }
    throw error
  }
}

/** Adds a team. A slug already used by any team, archived or not, is refused and nothing is written. */
export async function createTeam(input: unknown, actor: string): Promise<TeamResult> {
  const parsed = createTeamSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { name, slug } = parsed.data
  return run(async (tx) => {
    await assertNameFree(tx, name)
    await assertSlugFree(tx, slug)
    const team = await tx.team.create({ data: { name, slug } })
    await appendAudit(tx, { actor, action: 'team.create', entity: 'team', entityId: team.id, after: { name, slug } })
    return { team, changed: true }
  })
}

/**
 * Renames a team (name and slug). Figures are stored under the team's id, so a new slug changes
 * links only, never data; links shared with the old slug stop working, which the form says.
 */
export async function renameTeam(input: unknown, actor: string): Promise<TeamResult> {
  const parsed = renameTeamSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { id, name, slug } = parsed.data
  return run(async (tx) => {
    const before = await findTeam(tx, id)
    if (before.name === name && before.slug === slug) return { team: before, changed: false }
    await assertNameFree(tx, name, id)
    await assertSlugFree(tx, slug, id)
    const team = await tx.team.update({ where: { id }, data: { name, slug } })
    await appendAudit(tx, {
      actor,
      action: 'team.rename',
      entity: 'team',
      entityId: id,
      before: { name: before.name, slug: before.slug },
      after: { name, slug },
    })
    return { team, changed: true }
  })
}

/** Archives or restores a team. Its figures stay; archived teams only leave the scope picker. */
export async function setTeamArchived(input: unknown, actor: string): Promise<TeamResult> {
  const parsed = setTeamArchivedSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { id, archived } = parsed.data
  return run(async (tx) => {
    const before = await findTeam(tx, id)
    if ((before.archivedAt !== null) === archived) return { team: before, changed: false }
    const team = await tx.team.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } })
    await appendAudit(tx, {
      actor,
      action: archived ? 'team.archive' : 'team.unarchive',
      entity: 'team',
      entityId: id,
      before: { archived: before.archivedAt !== null },
      after: { archived },
    })
    return { team, changed: true }
  })
}
