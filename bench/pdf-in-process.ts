// Bundled by pdf-in-process-run.ts into bench/.tmp (react-pdf's ESM-only parts do not load in a
// plain tsx script) and run as `node pdf-in-process.mjs model.json runs`: renders the report PDF on
// this thread, after one warm-up, and prints the durations (wall and CPU) in milliseconds as JSON.
import { readFileSync } from 'node:fs'
import { renderReportPdf } from '../lib/reports/pdf/render-pdf'
import type { ReportModel } from '../lib/reports/report-types'

async function main() {
  const model = JSON.parse(readFileSync(process.argv[2], 'utf8')) as ReportModel
  const runs = Number(process.argv[3] ?? 5)
  const first = performance.now()
  const pdf = await renderReportPdf(model)
  const firstMs = performance.now() - first
  const samples: number[] = []
  // CPU time as well as wall time: on a busy shared machine the wall time says more about the neighbours.
  const cpuSamples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    await renderReportPdf(model)
    const used = process.cpuUsage(cpu)
    samples.push(performance.now() - start)
    cpuSamples.push((used.user + used.system) / 1000)
  }
  console.log(JSON.stringify({ firstMs, samples, cpuSamples, bytes: pdf.length }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
