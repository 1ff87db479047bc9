import { prisma } from '../client'

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

/**
 * The checklist's state. Settings are "done" once saved (the rows exist only after a save; until then
 * the defaults are in force unseen). People means someone besides the first admin. A quarter counts
 * once a figure was entered or imported (demo and computed figures do not). Sources count once a
 * webhook connection or an ingest token exists. Plain counts on small tables; only an admin's
 * scorecard view asks, and only until the checklist is done or dismissed.
 */
export async function getFirstRunProgress(): Promise<FirstRunProgress> {
  const [settings, demo, teams, people, entered, connections, tokens] = await Promise.all([
    prisma.setting.findMany({ where: { key: { in: ['orgName', 'fiscalStartMonth', 'timeZone'] } }, select: { key: true } }),
    Promise.all([
      prisma.figure.count({ where: { source: 'demo' } }),
      prisma.target.count({ where: { isDemo: true } }),
      prisma.commentary.count({ where: { isDemo: true } }),
      prisma.team.count({ where: { isDemo: true } }),
    ]),
    prisma.team.count({ where: { isDemo: false, archivedAt: null } }),
    prisma.user.count({ where: { disabledAt: null } }),
    prisma.figure.count({ where: { source: { in: ['manual', 'import'] }, value: { not: null } } }),
    prisma.connection.count(),
    prisma.apiToken.count({ where: { scope: 'ingest', revokedAt: null } }),
  ])
  const saved = new Set(settings.map((s) => s.key))
  return {
    orgNamed: saved.has('orgName'),
    calendarSet: saved.has('fiscalStartMonth') && saved.has('timeZone'),
    demoRemoved: demo.every((n) => n === 0),
    teamsAndPeople: teams > 0 && people > 1,
    quarterEntered: entered > 0,
    sourcesConnected: connections + tokens > 0,
  }
}
