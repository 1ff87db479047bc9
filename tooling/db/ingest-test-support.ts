// Shared by the ingest tests: a migrated throwaway database with the app's modules opened on it.
import { closeAppClient, createTempDatabase, openAppClient, type TempDatabase } from './temp-database'

export interface IngestTestDb {
  temp: TempDatabase
  db: typeof import('@/lib/db/client')
  deployments: typeof import('@/lib/db/services/ingest-deployments')
  incidents: typeof import('@/lib/db/services/ingest-incidents')
}

/** Points DATABASE_URL at a fresh migrated database, then imports the modules that open it. */
export async function openIngestTestDb(prefix: string): Promise<IngestTestDb> {
  const temp = createTempDatabase(prefix)
  const db = await openAppClient(temp)
  return {
    temp,
    db,
    deployments: await import('@/lib/db/services/ingest-deployments'),
    incidents: await import('@/lib/db/services/ingest-incidents'),
  }
}

/** Empties every table the events API writes, between tests. */
export async function clearEvents({ db }: IngestTestDb): Promise<void> {
  const { prisma } = db
  await prisma.$transaction([
    prisma.deploymentCommit.deleteMany(),
    prisma.deployment.deleteMany(),
    prisma.firstDeploy.deleteMany(),
    prisma.incident.deleteMany(),
    prisma.staleEventFigures.deleteMany(),
    prisma.auditEvent.deleteMany(),
    prisma.setting.deleteMany(),
  ])
}

/** The stale marks as "scope/quarter", sorted. */
export async function staleMarks({ db }: IngestTestDb): Promise<string[]> {
  const rows = await db.prisma.staleEventFigures.findMany()
  return rows.map((r) => `${r.scope}/${r.quarter}`).sort()
}

/** Empties the events and everything computed from them (figures, restatements, quarter rows), between tests. */
export async function clearEventsAndFigures(t: IngestTestDb): Promise<void> {
  await clearEvents(t)
  const p = t.db.prisma
  await p.$transaction([p.figure.deleteMany(), p.computedFigure.deleteMany(), p.restatement.deleteMany(), p.quarter.deleteMany()])
}

/** Closes the client and deletes the database (safe when setup failed half-way). */
export async function closeIngestTestDb(t: IngestTestDb | undefined): Promise<void> {
  await closeAppClient(t?.temp, t?.db)
}
