import Database from 'better-sqlite3'
import type { SentBatch } from './fault-batches'

/**
 * What must hold after the server was killed mid-ingest, read straight from the database file:
 * every acknowledged batch stored whole, every batch whole or absent (none partly), nothing stored
 * for a refused batch, no event or commit twice, FirstDeploy consistent with the commits, one audit
 * event per stored batch, and SQLite's integrity_check "ok". Returns the problems found.
 */
export function checkDatabase(file: string, batches: readonly SentBatch[]): { problems: string[]; integrity: string; stored: number } {
  const db = new Database(file, { readonly: true })
  const problems: string[] = []
  try {
    const deployment = db.prepare('SELECT id FROM Deployment WHERE externalId = ?')
    const incident = db.prepare('SELECT id FROM Incident WHERE externalId = ?')
    const commits = db.prepare('SELECT sha FROM DeploymentCommit WHERE deploymentId = ? ORDER BY sha')
    let storedBatches = 0
    let storedItems = { deployments: 0, incidents: 0 }
    for (const batch of batches) {
      let present = 0
      for (const item of batch.items) {
        const row = (batch.kind === 'deployments' ? deployment : incident).get(item.id) as { id: number } | undefined
        if (!row) continue
        present++
        if (batch.kind === 'deployments') {
          const got = (commits.all(row.id) as { sha: string }[]).map((c) => c.sha).join(',')
          const want = (item.commits ?? [])
            .map((c) => c.sha)
            .sort()
            .join(',')
          if (got !== want) problems.push(`batch ${batch.index}: deployment ${item.id} has commits [${got}], sent [${want}]`)
        }
      }
      const n = batch.items.length
      if (present !== 0 && present !== n)
        problems.push(`batch ${batch.index} (${batch.outcome}) is partly stored: ${present} of ${n} items`)
      if (batch.outcome === 'ok' && present !== n)
        problems.push(`batch ${batch.index} was acknowledged but ${n - present} of its ${n} items are missing`)
      if (batch.outcome === 'refused' && present !== 0)
        problems.push(`batch ${batch.index} was refused (${batch.answer}) but ${present} items are stored`)
      if (present === n) {
        storedBatches++
        storedItems = { ...storedItems, [batch.kind]: storedItems[batch.kind] + n }
      }
    }
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    if (count('SELECT COUNT(*) AS n FROM Deployment') !== storedItems.deployments)
      problems.push('Deployment holds rows no stored batch accounts for')
    if (count('SELECT COUNT(*) AS n FROM Incident') !== storedItems.incidents)
      problems.push('Incident holds rows no stored batch accounts for')
    if (count('SELECT COUNT(*) AS n FROM (SELECT externalId FROM Deployment GROUP BY externalId HAVING COUNT(*) > 1)') > 0)
      problems.push('a deployment is stored twice')
    if (count('SELECT COUNT(*) AS n FROM (SELECT externalId FROM Incident GROUP BY externalId HAVING COUNT(*) > 1)') > 0)
      problems.push('an incident is stored twice')
    if (count('SELECT COUNT(*) AS n FROM (SELECT 1 FROM DeploymentCommit GROUP BY deploymentId, sha HAVING COUNT(*) > 1)') > 0)
      problems.push('a commit is stored twice for one deployment')
    const wrongFirst = count(`
      SELECT COUNT(*) AS n FROM (
        SELECT c.sha, MIN(d.deployedAt) AS first FROM DeploymentCommit c JOIN Deployment d ON d.id = c.deploymentId GROUP BY c.sha
      ) e LEFT JOIN FirstDeploy f ON f.sha = e.sha WHERE f.sha IS NULL OR f.deployedAt <> e.first`)
    const strayFirst = count(
      'SELECT COUNT(*) AS n FROM FirstDeploy f WHERE NOT EXISTS (SELECT 1 FROM DeploymentCommit c WHERE c.sha = f.sha AND c.deploymentId = f.deploymentId)',
    )
    if (wrongFirst + strayFirst > 0) problems.push(`FirstDeploy disagrees with the stored commits for ${wrongFirst + strayFirst} changes`)
    const audits = count("SELECT COUNT(*) AS n FROM AuditEvent WHERE action IN ('events.deployments', 'events.incidents')")
    if (audits !== storedBatches) problems.push(`${audits} ingest audit events for ${storedBatches} stored batches (want one each)`)
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`)
    return { problems, integrity, stored: storedBatches }
  } finally {
    db.close()
  }
}
