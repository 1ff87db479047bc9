import { dialectOf } from '../dialect'
import { elementText, jsonArrayOfRows, jsonElements, storedForm } from '../dialect-json'
import { Prisma } from '../generated/client'
import { jsonParam, jsonRows } from './ingest-batch'
import type { StaleMarks } from './ingest-stale-marks'

type Row = [teamId: string | null, deployedAt: string]

async function firstDeploysOf(tx: Prisma.TransactionClient, shas: string): Promise<Row[]> {
  const sql = dialectOf(tx)
  return jsonRows<Row>(
    await tx.$queryRaw<{ data: string | null }[]>`
      SELECT ${jsonArrayOfRows(sql, [Prisma.sql`"teamId"`, storedForm(sql, Prisma.sql`"deployedAt"`, 'instant')])} AS data FROM "FirstDeploy"
      WHERE "sha" IN (SELECT ${elementText(sql)} FROM ${jsonElements(sql, shas)})`,
  )
}

/**
 * Recomputes FirstDeploy for the given shas from their stored commits: each change keeps its
 * EARLIEST deployment (ties: the deployment stored first), whatever order deployments arrive in
 * and however often one is re-sent with a new time. Both the quarter of the row it had and that of
 * the row it gets are marked stale, since lead time is counted at a change's first deployment.
 */
export async function refreshFirstDeploys(tx: Prisma.TransactionClient, shaList: readonly string[], marks: StaleMarks): Promise<void> {
  if (shaList.length === 0) return
  const shas = jsonParam(shaList)
  for (const [teamId, deployedAt] of await firstDeploysOf(tx, shas)) marks.add(teamId, deployedAt)
  const sql = dialectOf(tx)
  const inShas = Prisma.sql`(SELECT ${elementText(sql)} FROM ${jsonElements(sql, shas)})`
  await tx.$executeRaw`DELETE FROM "FirstDeploy" WHERE "sha" IN ${inShas}`
  // Stored instants are timestamps on PostgreSQL, and on SQLite ISO-8601 text of one fixed format,
  // so text order is time order there.
  await tx.$executeRaw`
    INSERT INTO "FirstDeploy" ("sha", "deploymentId", "teamId", "committedAt", "deployedAt")
    SELECT "sha", "deploymentId", "teamId", "committedAt", "deployedAt" FROM (
      SELECT c."sha", c."deploymentId", d."teamId", c."committedAt", d."deployedAt",
        ROW_NUMBER() OVER (PARTITION BY c."sha" ORDER BY d."deployedAt", d."id") AS "rank"
      FROM "DeploymentCommit" c JOIN "Deployment" d ON d."id" = c."deploymentId"
      WHERE c."sha" IN ${inShas}
    ) AS ranked WHERE "rank" = 1`
  for (const [teamId, deployedAt] of await firstDeploysOf(tx, shas)) marks.add(teamId, deployedAt)
}
