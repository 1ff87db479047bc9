import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureReport } from '@/tooling/reports/report-fixture'
import { pdfPoolSize } from './pdf-pool'
import { PdfPool } from './worker-pool'

// The real worker bundle, built as `npm run build` builds it, inside the project so that its
// external packages resolve from node_modules.
const dir = path.resolve('node_modules/.cache', `pdf-pool-test-${process.pid}`)
const bundle = path.join(dir, 'pdf-worker.mjs')
const broken = path.join(dir, 'broken.mjs')
const pools: PdfPool[] = []

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  const script: { buildPdfWorker: (outfile: string) => Promise<void> } = await import(
    pathToFileURL(path.resolve('scripts/build-pdf-worker.mjs')).href
  )
  await script.buildPdfWorker(bundle)
  writeFileSync(broken, "throw new Error('worker failed to load')\n")
}, 60_000)

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()))
  rmSync(dir, { recursive: true, force: true })
})

function pool(file: string, size: number): PdfPool {
  const p = new PdfPool(file, size)
  pools.push(p)
  return p
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

describe('pdfPoolSize', () => {
  it('takes PDF_WORKERS, else half the cores and at least one', () => {
    expect(pdfPoolSize({}, 2)).toBe(1)
    expect(pdfPoolSize({}, 1)).toBe(1)
    expect(pdfPoolSize({}, 8)).toBe(4)
    expect(pdfPoolSize({ PDF_WORKERS: '3' }, 2)).toBe(3)
    expect(pdfPoolSize({ PDF_WORKERS: '0' }, 8)).toBe(0)
    expect(pdfPoolSize({ PDF_WORKERS: 'many' }, 8)).toBe(4)
    expect(pdfPoolSize({ PDF_WORKERS: '' }, 8)).toBe(4)
  })
})

describe('PdfPool', () => {
  it('renders queued reports in a worker thread while the main thread stays free', async () => {
    const model = fixtureReport()
    const p = pool(bundle, 1)
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    const started = performance.now()
    const [a, b] = await Promise.all([p.render(model), p.render({ ...model, meta: { ...model.meta, pageSize: 'LETTER' } })])
    const elapsed = performance.now() - started
    clearInterval(timer)
    // A render on this thread would block the timer for its whole duration.
    expect(ticks).toBeGreaterThan(elapsed / 10 / 4)
    for (const pdf of [a, b]) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(a)
    const enps = model.appendix.figures.find((f) => f.key === 'enps')!
    expect(enps.valueText).toBe('\u221212')
    expect(text).toContain(`Employee NPS \u201312`)
    expect(text).toContain('Acme Ltd')
    expect(text).toMatch(/Page 1 of \d+/)
    const letter = await getDocumentProxy(new Uint8Array(b))
    expect((await letter.getPage(1)).view.map(Math.round)).toEqual([0, 0, 792, 612])
  }, 120_000)

  it('builds a model from its function only when a worker is free, one after another', async () => {
    const p = pool(bundle, 1)
    let finished = 0
    const finishedWhenBuilt: number[] = []
    const build = async () => {
      finishedWhenBuilt.push(finished)
      return fixtureReport()
    }
    const pdfs = await Promise.all([1, 2, 3].map(() => p.render(build).then((pdf) => (finished++, pdf))))
    expect(finishedWhenBuilt).toEqual([0, 1, 2])
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  }, 120_000)

  it('answers a model that could not be built with its error, and goes on with the next job', async () => {
    const p = pool(bundle, 1)
    const failing = p.render(async () => {
      throw new Error('no such quarter')
    })
    const next = p.render(fixtureReport())
    await expect(failing).rejects.toThrow('no such quarter')
    expect((await next).subarray(0, 5).toString()).toBe('%PDF-')
  }, 120_000)

  it('rejects the job when its worker dies, without taking the process down', async () => {
    const p = pool(broken, 1)
    await expect(p.render(fixtureReport())).rejects.toThrow(/worker failed to load/)
    await expect(p.render(fixtureReport())).rejects.toThrow(/worker failed to load/)
  }, 60_000)
})
