import { Prisma } from '../generated/client'
import { prisma } from '../client'
import { cachedRead } from '../read-cache'

/** The Setting row that records the admin's "Dismiss"; its value is when. */
export const FIRST_RUN_DISMISSED_KEY = 'flag:firstRunDismissedAt'

/** What a new installation has done so far, each read from the data itself (nothing is ticked by hand). */
export interface FirstRunProgress {
  orgNamed: boolean
  calendarSet: boolean
  demoRemoved: boolean
  teamsAndPeople: boolean
  quarterEntered: boolean
  sourcesConnected: boolean
}

/** Whether the admin dismissed the checklist. Read first, so a dismissed checklist costs one probe. */
export async function isFirstRunDismissed(): Promise<boolean> {
  return (await prisma.setting.findUnique({ where: { key: FIRST_RUN_DISMISSED_KEY }, select: { key: true } })) !== null
}

/** A yes from the database: SQLite answers EXISTS with 1 or 0 (a number or a bigint), PostgreSQL with a boolean. */
const yes = (value: unknown): boolean => Number(value) === 1

/**
 * The steps read from versioned tables, and the dismissal: one query of EXISTS tests (each stops at
 * its first row instead of counting a table), kept in memory until the data changes. The scorecard
 * asks on every view of an admin who has not finished the checklist, and eleven ORM counts there
 * cost ~7 ms a view (Prisma 6.19 compiles each query's plan; two of them counted every figure).
 */
const readVersionedSteps = cachedRead('first-run', async () => {
  const setting = (key: string) => Prisma.sql`EXISTS (SELECT 1 FROM "Setting" WHERE "key" = ${key})`
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT
      ${setting(FIRST_RUN_DISMISSED_KEY)} AS "dismissed",
      ${setting('orgName')} AS "orgName",
      ${setting('fiscalStartMonth')} AS "fiscalStartMonth",
      ${setting('timeZone')} AS "timeZone",
      EXISTS (SELECT 1 FROM "Figure" WHERE "source" = ${'demo'}) AS "demoFigures",
      EXISTS (SELECT 1 FROM "Target" WHERE "isDemo" = TRUE) AS "demoTargets",
      EXISTS (SELECT 1 FROM "Commentary" WHERE "isDemo" = TRUE) AS "demoCommentary",
      EXISTS (SELECT 1 FROM "Team" WHERE "isDemo" = TRUE) AS "demoTeams",
      EXISTS (SELECT 1 FROM "Team" WHERE "isDemo" = FALSE AND "archivedAt" IS NULL) AS "teams",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "User" WHERE "disabledAt" IS NULL LIMIT 2) AS "people") AS "people",
      EXISTS (SELECT 1 FROM "Figure" WHERE "source" IN (${'manual'}, ${'import'}) AND "value" IS NOT NULL) AS "entered"`
  const r = rows[0] ?? {}
  return {
    dismissed: yes(r.dismissed),
    orgNamed: yes(r.orgName),
    calendarSet: yes(r.fiscalStartMonth) && yes(r.timeZone),
    demoRemoved: !yes(r.demoFigures) && !yes(r.demoTargets) && !yes(r.demoCommentary) && !yes(r.demoTeams),
    teamsAndPeople: yes(r.teams) && Number(r.people) > 1,
    quarterEntered: yes(r.entered),
  }
})

/**
 * The checklist's state, and whether it was dismissed. Settings are "done" once saved (the rows
 * exist only after a save; until then the defaults are in force unseen). People means someone
 * besides the first admin. A quarter counts once a figure was entered or imported (demo and computed
 * figures do not). Sources count once a webhook connection or an unrevoked ingest token exists:
 * those two tables move no data version, so they are asked afresh (two tiny EXISTS tests).
 */
export async function readFirstRun(): Promise<{ dismissed: boolean; progress: FirstRunProgress }> {
  const [{ dismissed, ...steps }, sources] = await Promise.all([
    readVersionedSteps(),
    prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT
        EXISTS (SELECT 1 FROM "Connection") AS "connections",
        EXISTS (SELECT 1 FROM "ApiToken" WHERE "scope" = ${'ingest'} AND "revokedAt" IS NULL) AS "tokens"`,
  ])
  const s = sources[0] ?? {}
  return { dismissed, progress: { ...steps, sourcesConnected: yes(s.connections) || yes(s.tokens) } }
}

/** The checklist's state alone (see readFirstRun). */
export async function getFirstRunProgress(): Promise<FirstRunProgress> {
  return (await readFirstRun()).progress
}
