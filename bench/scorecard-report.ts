import type { ScorecardBenchResult } from './scorecard-bench'
import { speedGoals } from './speed-goals'
import { round } from './stats'

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**')

/** For each missed goal, the numbers of this run that say where the time or the bytes go. */
function missNotes(s: ScorecardBenchResult): string {
  const [over, html, load, afterWrite] = speedGoals(s)
  const notes: string[] = []
  if (!over.met) {
    notes.push(
      `- Over the smallest page: the scorecard's p50 is ${round(s.page.p50 - s.floor.p50)} ms above that page's and its p95 ${round(s.page.p95 - s.floor.p95)} ms; its reads come from memory (the raw read of the same rows takes ${s.rawP95} ms at p95), so the difference is the page's own work: checking the session, reading the data version, and rendering and sending ${s.weight.htmlKb} kB of HTML.`,
    )
  }
  if (!html.met) {
    notes.push(`- HTML: ${s.weight.payloadKb} kB of the ${s.weight.htmlKb} kB is the inline component payload, the rest markup.`)
  }
  if (!load.met) {
    notes.push(
      `- Throughput: ${s.concurrent.page.perSecond} against ${s.concurrent.floor.perSecond} requests per second with ${s.concurrent.users} users. The server renders on one thread, so throughput follows what one request costs (p50 ${s.page.p50} against ${s.floor.p50} ms).`,
    )
  }
  if (!afterWrite.met) {
    notes.push(
      `- After a write: p50 ${s.afterChange.p50} ms against ${s.page.p50} ms from memory: reading every row of the page afresh costs about ${round(s.afterChange.p50 - s.page.p50)} ms.`,
    )
  }
  return notes.length > 0 ? `\nWhere the missed goals' costs go, measured in this run:\n${notes.join('\n')}\n` : ''
}

/** The scorecard section of docs/benchmarks.md. */
export function renderScorecardSection(s: ScorecardBenchResult, figures: number): string {
  const rows = speedGoals(s)
    .map((g) => `| ${g.measure} | ${g.goal} | ${g.value} | ${verdict(g.met)} |`)
    .join('\n')
  return `## Scorecard page
Data: 10 years × (organisation + 20 teams) × every catalogue metric = ${figures.toLocaleString('en-US')} figures.
Request: \`GET /?quarter=2026-Q3&scope=team-07\` signed in as an admin, timed from request to the last
byte of HTML. The goals are measured against the app's smallest page, \`/forbidden\` (no data, no
session, the same security proxy): what a server-rendered Next.js page costs on this machine before any
work of ours. Both are timed in the same run, alternating, so both see the same load of this shared machine.

- Sequential: 50 requests of each page after 30 warm-up requests, alternating.
- After a write: each of 50 requests follows a write to another team's figure, so the data version has
  moved on and the page reads everything afresh (lib/db/read-cache.ts keeps reads in memory until then).
- Concurrent: ${s.concurrent.users} users at once, each sending requests one after another; three bursts of each page, alternating
  (${s.concurrent.page.requests} scorecard requests in ${s.concurrent.page.seconds} s, ${s.concurrent.floor.requests} of the smallest page in ${s.concurrent.floor.seconds} s).
- HTML: the document as sent, uncompressed (1 kB = 1,024 bytes).

| measure | goal | measured | result |
|---|---|---|---|
${rows}
${missNotes(s)}
| for reference | p50 | p95 |
|---|---|---|
| scorecard page, sequential | ${s.page.p50} ms | ${s.page.p95} ms |
| scorecard page, first request after a write | ${s.afterChange.p50} ms | ${s.afterChange.p95} ms |
| smallest page of the app (\`/forbidden\`) | ${s.floor.p50} ms | ${s.floor.p95} ms |
| raw SQL read of the same rows (better-sqlite3: figures of eight quarters, targets, quarter rows, settings, teams) | ${s.rawP50} ms | ${s.rawP95} ms |

First-load JavaScript of the scorecard, gzipped: ${s.firstLoadKb} kB in ${s.firstLoadFiles} files (goal ≤ 250 kB: ${verdict(s.firstLoadKb <= 250)}).
`
}
