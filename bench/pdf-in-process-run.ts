import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { ReportModel } from '../lib/reports/report-types'

export interface InProcessPdfTimes {
  firstMs: number
  samples: number[]
  cpuSamples: number[]
  bytes: number
}

/** Renders the model's PDF in a separate Node process (production React), `runs` times after a first render. */
export async function timePdfInProcess(model: ReportModel, dir: string, runs: number): Promise<InProcessPdfTimes> {
  const modelFile = path.join(dir, 'report-model.json')
  const script = path.join(dir, 'pdf-in-process.mjs')
  writeFileSync(modelFile, JSON.stringify(model))
  await build({
    entryPoints: [path.join(__dirname, 'pdf-in-process.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  })
  const out = execFileSync(process.execPath, [script, modelFile, String(runs)], {
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  })
  return JSON.parse(out) as InProcessPdfTimes
}
