import type { DeliveriesBenchResult, DeliveriesRun } from './deliveries-bench'

/** The goals: p95 ≤ 50 ms a delivery, and ≥ 200 deliveries a second. */
export const DELIVERY_P95_GOAL_MS = 50
export const DELIVERIES_PER_SECOND_GOAL = 200

const verdict = (met: boolean) => (met ? 'met' : '**missed**')
const load = (l: readonly number[]) => l.map((v) => v.toFixed(2)).join(', ')

function floorRow(label: string, r: DeliveriesRun): string {
  return `| ${label} | ${r.deliveries} requests | ${r.seconds} s | ${r.perSecond}/s | ${r.p50} ms | ${r.p95} ms |`
}

/** What the smallest route says of the rate goal: whether this machine's HTTP floor reaches it at all. */
function floorNote(r: DeliveriesBenchResult): string {
  const best = Math.max(r.floor.sequential.perSecond, r.floor.concurrent.perSecond)
  const share = (run: DeliveriesRun, floor: DeliveriesRun) => `${Math.round((100 * run.perSecond) / floor.perSecond)}%`
  const reach =
    best < DELIVERIES_PER_SECOND_GOAL
      ? `The smallest route itself answers at most ${best}/s here, under the ${DELIVERIES_PER_SECOND_GOAL}/s goal: on this machine no route of the app can meet it, however little it does.`
      : `The smallest route answers up to ${best}/s here, so the ${DELIVERIES_PER_SECOND_GOAL}/s goal is within this machine's reach.`
  return `Deliveries ran at ${share(r.sequential, r.floor.sequential)} (one client) and ${share(r.concurrent, r.floor.concurrent)} (four) of the smallest route's rate. ${reach}`
}

function row(label: string, r: DeliveriesRun): string {
  const p95 = `${r.p95} ms (${verdict(r.p95 <= DELIVERY_P95_GOAL_MS)})`
  const rate = `**${r.perSecond}/s** (${verdict(r.perSecond >= DELIVERIES_PER_SECOND_GOAL)})`
  return `| ${label} | ${r.deliveries} | ${r.seconds} s | ${rate} | ${r.p50} ms | ${p95} |`
}

/** The "Webhook deliveries" section of docs/benchmarks.md, with the misses stated. */
export function renderDeliveriesSection(r: DeliveriesBenchResult, date: string): string {
  const misses = [
    r.sequential.p95 > DELIVERY_P95_GOAL_MS
      ? `p95 one at a time is ${r.sequential.p95} ms, over the ${DELIVERY_P95_GOAL_MS} ms goal`
      : null,
    r.concurrent.p95 > DELIVERY_P95_GOAL_MS ? `p95 four at once is ${r.concurrent.p95} ms` : null,
    r.sequential.perSecond < DELIVERIES_PER_SECOND_GOAL ? `one client sustains ${r.sequential.perSecond}/s` : null,
    r.concurrent.perSecond < DELIVERIES_PER_SECOND_GOAL
      ? `four clients sustain ${r.concurrent.perSecond}/s, under the ${DELIVERIES_PER_SECOND_GOAL}/s goal`
      : null,
    r.drain.stored !== r.sent ? `${r.drain.stored} deployments stored for ${r.sent} deliveries` : null,
    r.drain.figureN !== r.sent ? `the deployment-frequency figures count ${r.drain.figureN} deployments of ${r.sent}` : null,
    r.drain.refused > 0 ? `${r.drain.refused} deliveries refused` : null,
  ].filter((m): m is string => m !== null)
  const { drain } = r
  const correct = drain.stored === r.sent && drain.figureN === r.sent && drain.refused === 0
  return `
## Webhook deliveries
${date}. \`npm run bench:deliveries\` (also part of \`npm run bench\`): GitHub's example \`deployment_status\` delivery
(@octokit/webhooks-examples), each a new production deployment of a mapped repository, signed with
\`X-Hub-Signature-256\` as GitHub signs it and posted to the production server on a database of its own
(bench/.tmp/deliveries.db). Each delivery is verified, translated and queued (one log line holding its plan)
in one transaction, and answered 200 once that has committed; the delivery queue then applies the queued
deliveries in batches through the events API's ingest service, and the recompute job brings the figures up
to date. After ${r.warmUp} warm-up deliveries: ${r.sequential.deliveries} from one client, then ${r.concurrent.deliveries} from four at once.
Load average of this shared 2-core machine: ${load(r.loadBefore)} at the start, ${load(r.loadAfter)} at the end.

| run | deliveries | wall time | throughput (goal ≥ ${DELIVERIES_PER_SECOND_GOAL}/s) | p50 | p95 (goal ≤ ${DELIVERY_P95_GOAL_MS} ms) |
|---|---|---|---|---|---|
${row('one client, sequential', r.sequential)}
${row(`${r.concurrent.clients} clients at once`, r.concurrent)}
${floorRow('floor: smallest route, one client', r.floor.sequential)}
${floorRow(`floor: smallest route, ${r.floor.concurrent.clients} clients`, r.floor.concurrent)}

The floor rows are the same clients, in the same run, asking the app's smallest API route (\`GET /api/health\`,
one query): what the server costs before a route does anything. ${floorNote(r)}

After the last 200, the queue had applied every delivery in ${drain.drainedSeconds} s, and the figures were recomputed
in ${drain.recomputedSeconds} s. Then ${drain.stored} of ${r.sent} deliveries were stored as deployments from github, the organisation's
2025 deployment-frequency figures counted ${drain.figureN}, and ${drain.refused} deliveries were refused${correct ? ' (none lost or doubled)' : ''}.

${misses.length === 0 ? 'Both goals are met, and the figures are correct.' : `Missed: ${misses.join('; ')}.`}
`
}

const HEADING = '\n## Webhook deliveries\n'

/** The document with its deliveries section replaced (or added at the end), the other sections kept. */
export function withDeliveriesSection(doc: string, section: string): string {
  const at = doc.indexOf(HEADING)
  if (at === -1) return `${doc.trimEnd()}\n${section}`
  const next = doc.indexOf('\n## ', at + HEADING.length)
  return `${doc.slice(0, at).trimEnd()}\n${section}${next === -1 ? '' : doc.slice(next)}`
}
