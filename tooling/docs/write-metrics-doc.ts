// Writes docs/metrics.md from the catalogue (`npm run docs:metrics`); tooling/docs/metrics-doc.test.ts
// fails until it is rerun after a change to a metric.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderMetricsDoc } from './metrics-doc'

const file = path.join(__dirname, '..', '..', 'docs', 'metrics.md')
writeFileSync(file, renderMetricsDoc())
console.log(`wrote ${path.relative(process.cwd(), file)}`)
