import type { IngestBenchResult, IngestRun } from './ingest-bench'

/** The goal: at least 5,000 events/s over HTTP, in batches of 1,000, on this 2-core machine. */
export const INGEST_GOAL = 5000

function row(label: string, r: IngestRun): string {
  const verdict = r.eventsPerSecond >= INGEST_GOAL ? 'met' : '**missed**'
  return `| ${label} | ${r.events.toLocaleString('en-US')} in ${r.batches} batches | ${r.seconds} s | **${r.eventsPerSecond.toLocaleString('en-US')}/s** | ${r.batchP50} ms | ${r.batchP95} ms | ${verdict} |`
}

/** The events API section of docs/benchmarks.md. */
export function renderIngestSection(r: IngestBenchResult): string {
  return `
## Events ingestion over HTTP
\`POST /api/v1/deployments\` and \`/api/v1/incidents\` with an ingest token, against the production server on
a database of its own (bench/.tmp/ingest.db, five teams). Batches of ${r.batchSize.toLocaleString('en-US')} events,
alternating deployments (1–3 commits each, most with a team) and incidents, all new ids; timed from the
first request to the last 200, which the server sends only after the batch's transaction has committed.
Each batch is validated, upserted, its changes' first deployments recomputed and its quarters marked
stale, in one transaction. A deployment counts as one event whatever its commits (about 2,000 commits per
deployment batch). Batch p50 by kind, sequential run: deployments ${r.sequential.deploymentBatchP50} ms, incidents
${r.sequential.incidentBatchP50} ms. Load average of this shared machine at the end: ${r.loadAverage.map((v) => v.toFixed(2)).join(', ')}.

| run | events | wall time | throughput | batch p50 | batch p95 | goal ≥ ${INGEST_GOAL.toLocaleString('en-US')}/s |
|---|---|---|---|---|---|---|
${row('one client, sequential', r.sequential)}
${row(`${r.concurrent.clients} clients at once`, r.concurrent)}
`
}
