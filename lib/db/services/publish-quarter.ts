import { compareQuarters, fiscalLabel, isQuarterKey, quarterOf } from '@/lib/metrics/quarters'
import { progressText, quarterProgress } from '@/lib/metrics/quarter-progress'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { getSettings } from '../queries/settings'
import { quarterEntityId } from '../audit-entity'
import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'
import { freezeOrgRollups } from './freeze-org-rollups'
import { publishTeamQuarters } from './publish-team-quarters'

export type PublishResult =
  | { ok: true; alreadyPublished: boolean; publishedAt: Date; publishedBy: string; teamsPublished: number }
  | { ok: false; fieldErrors: FieldErrors }

class RefusedError extends Error {}

export interface PublishOptions {
  /** The publisher confirmed that the quarter has not ended yet and its figures may still change. */
  beforeEnd?: boolean
  /** Publishing the organisation's quarter: also publish every active team's quarter with figures. */
  alsoTeams?: boolean
  now?: Date
}

/**
 * Publishes a scope's quarter, which locks its figures, targets and commentary: from then on a change
 * needs a reason and is recorded as a restatement (see saveCategoryEntry). Only admins publish; the
 * caller checks that permission. Publishing twice is harmless: the second call changes nothing and
 * says who published first.
 *
 * There is deliberately no un-publish. The board has seen the published figures, so the record of
 * what was published must stay true; a later correction is a restatement, with old value, new
 * value and reason, never a silent rewrite.
 *
 * A quarter that has not ended (in the organisation's time zone) is published only with `beforeEnd`:
 * its figures are provisional, and every day that follows can restate them. The check is here, not
 * only in the form, so no caller can publish an unfinished quarter by accident.
 *
 * The organisation's quarter does not publish the teams' unless asked (`alsoTeams`). The board
 * report is the organisation's, and locking it is what the board needs; a team's quarter is its
 * managers' working record, and locking it with the organisation would make every routine team
 * correction a restatement. An admin who wants the whole quarter frozen for the board ticks the
 * box on the publish step, and each team's quarter is then published in this same transaction.
 */
export async function publishQuarter(scope: string, quarter: string, actor: string, options: PublishOptions = {}): Promise<PublishResult> {
  const now = options.now ?? new Date()
  if (!isQuarterKey(quarter)) return { ok: false, fieldErrors: { form: 'Choose a quarter to publish.' } }
  try {
    // Locked from the start, like a save, so a save and a publication never interleave: a save either
    // commits before the quarter is published or sees it published and asks for a reason.
    return await writeTransaction(async (tx): Promise<PublishResult> => {
      if (scope !== 'org') {
        const team = await tx.team.findUnique({ where: { id: scope } })
        if (!team) throw new RefusedError('This team does not exist.')
        if (team.archivedAt) throw new RefusedError('This team is archived: restore it before publishing its quarter.')
      }
      const settings = await getSettings(tx)
      const row = await tx.quarter.upsert({
        where: { scope_quarter: { scope, quarter } },
        create: { scope, quarter, benchmarkSet: settings.defaultBenchmarkSet },
        update: {},
      })
      if (row.publishedAt) {
        return {
          ok: true,
          alreadyPublished: true,
          publishedAt: row.publishedAt,
          publishedBy: row.publishedBy ?? 'unknown',
          teamsPublished: 0,
        }
      }
      // The organisation keeps the teams' roll-ups it shows, so no later team correction moves them.
      const kept = scope === 'org' ? await freezeOrgRollups(tx, quarter, actor) : 0
      const figures = await tx.figure.count({ where: { scope, quarter, value: { not: null } } })
      if (figures === 0) throw new RefusedError('There is nothing to publish: this quarter has no figures yet.')
      const progress = quarterProgress(quarter, settings.timeZone, now)
      const notEnded = progress !== null || compareQuarters(quarter, quarterOf(now, settings.timeZone)) > 0
      if (notEnded && !options.beforeEnd) {
        const label = fiscalLabel(quarter, settings.fiscalStartMonth)
        throw new RefusedError(
          `${label} has not ended${progress ? ` (${progressText(progress)})` : ''}: confirm that you publish it before it ends, knowing its figures may still change.`,
        )
      }
      const publishedAt = new Date()
      // "Still unpublished" is part of the write, so two admins publishing at once record one publication.
      const updated = await tx.quarter.updateMany({ where: { id: row.id, publishedAt: null }, data: { publishedAt, publishedBy: actor } })
      if (updated.count !== 1) throw new RefusedError('Someone else published this quarter a moment ago. Reload the page.')
      await appendAudit(tx, {
        actor,
        action: 'quarter.publish',
        entity: 'quarter',
        entityId: quarterEntityId(scope, quarter),
        before: { publishedAt: null, publishedBy: null },
        after: {
          publishedAt: publishedAt.toISOString(),
          publishedBy: actor,
          benchmarkSet: row.benchmarkSet,
          figures,
          ...(kept > 0 ? { rollupsKept: kept } : {}),
          ...(notEnded ? { beforeEnd: progress ?? 'not begun' } : {}),
        },
      })
      const teamsPublished =
        scope === 'org' && options.alsoTeams ? await publishTeamQuarters(tx, quarter, actor, publishedAt, settings.defaultBenchmarkSet) : 0
      return { ok: true, alreadyPublished: false, publishedAt, publishedBy: actor, teamsPublished }
    })
  } catch (error) {
    if (error instanceof RefusedError) return { ok: false, fieldErrors: { form: error.message } }
    throw error
  }
}
