// Bundles the PDF worker thread (lib/reports/pdf/worker-entry.ts) into one ES module beside the
// Next build, because Next bundles server code and a worker thread needs a file of its own.
// Packages stay external and load from node_modules at run time. Run by `npm run build` after
// `next build` (which empties .next first).
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export const PDF_WORKER_FILE = path.join('.next', 'pdf-worker.mjs')

export async function buildPdfWorker(outfile = PDF_WORKER_FILE) {
  await build({
    absWorkingDir: root,
    entryPoints: ['lib/reports/pdf/worker-entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    logLevel: 'warning',
  })
  console.log(`PDF worker bundled into ${outfile}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildPdfWorker(process.argv[2])
}
