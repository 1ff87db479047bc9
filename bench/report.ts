import { renderComputeSection } from './compute-report'
import type { ComputeBenchResult } from './compute-bench'
import type { IngestBenchResult } from './ingest-bench'
import { renderIngestSection } from './ingest-report'
import { renderPdfSection, type PdfBenchResult } from './pdf-report'
import type { ScorecardBenchResult } from './scorecard-bench'
import { renderScorecardSection } from './scorecard-report'

/** docs/benchmarks.md, rewritten by every `npm run bench`. */
export function renderReport(r: {
  date: string
  machine: string
  figures: number
  scorecard: ScorecardBenchResult
  pdf: PdfBenchResult
  compute?: ComputeBenchResult
  ingest?: IngestBenchResult
}): string {
  return `# Benchmarks

Measured by \`npm run bench\` on ${r.date}: ${r.machine}. Rerun it to refresh this page; it
rebuilds the app, seeds a fresh database under bench/.tmp and starts its own server on port 3200.

${renderScorecardSection(r.scorecard, r.figures)}
${renderPdfSection(r.pdf)}${r.compute ? renderComputeSection(r.compute) : ''}${r.ingest ? renderIngestSection(r.ingest) : ''}`
}
