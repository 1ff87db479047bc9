import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import type { ReportFigure, ReportModel } from '../report-types'
import { nText } from './meta-texts'
import { renderReportPdf } from './render-pdf'
import {
  CTO_SUMMARY,
  GAP_QUARTER,
  PUBLISHER,
  RESTATED,
  openSeededReportDb,
  type SeededReportDb,
  type StoredFigure,
} from '@/tooling/reports/seeded-report-db'
import { appendixLabel, restatementLine } from '../figure-notes'

// Rendered once per page size against a freshly seeded database (eight demo quarters of 2026-Q3).
let db: SeededReportDb
let model: ReportModel
let pages: string[]
let stored: StoredFigure[]
let viewA4: number[]
let viewLetter: number[]

/** Text of a PDF, one string per page, whitespace collapsed (a wrapped cell is one line break). */
async function pdfPages(pdf: Buffer): Promise<{ pages: string[]; view: number[] }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(doc, { mergePages: false })
  const view = (await doc.getPage(1)).view
  return { pages: text.map((t) => t.replace(/\s+/g, ' ')), view }
}

// Helvetica has no true minus sign, so the PDF draws it as an en dash (see pdf-text.ts).
const drawn = (text: string) => text.replaceAll('\u2212', '\u2013')
const row = (...cells: string[]) => drawn(cells.join(' '))

beforeAll(async () => {
  db = await openSeededReportDb('report-pdf')
  model = await db.report('A4')
  stored = await db.storedFigures()
  const a4 = await pdfPages(await renderReportPdf(model))
  pages = a4.pages
  viewA4 = a4.view
  viewLetter = (await pdfPages(await renderReportPdf(await db.report('LETTER')))).view
}, 180_000)
afterAll(() => db?.close())

function figureOf(key: string): ReportFigure {
  const figure = model.appendix.figures.find((f) => f.key === key)
  if (!figure) throw new Error(`no figure ${key} in the report`)
  return figure
}

describe('renderReportPdf', () => {
  it('is landscape A4 or Letter as the model says', () => {
    expect(viewA4.map((v) => Math.round(v))).toEqual([0, 0, 842, 595])
    expect(viewLetter.map((v) => Math.round(v))).toEqual([0, 0, 792, 612])
  })

  it('numbers every page "Page X of Y"', () => {
    // At least the cover, summary, six sections, the appendix of figures and the method.
    expect(pages.length).toBeGreaterThanOrEqual(2 + model.sections.length + 2)
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`))
  })

  it('puts organisation, quarter, date and preparer on the cover', () => {
    expect(pages[0]).toContain(model.meta.orgName)
    expect(pages[0]).toContain('FY2026 Q3')
    expect(pages[0]).toContain(`Date prepared ${model.meta.preparedAt.slice(0, 10)}`)
    expect(pages[0]).toContain('Prepared by Test Preparer')
  })

  it('summarises the overall score, its changes, the CTO summary and the biggest movers', () => {
    const s = model.summary
    const page = pages[1]
    expect(page).toContain('Executive summary')
    expect(page).toContain(`${s.overall.scoreText}/ 100`)
    expect(page).toContain(drawn(`${s.overall.sincePrevious.text} since FY2026 Q2`))
    expect(page).toContain(drawn(`${s.overall.sinceYearAgo.text} since FY2025 Q3`))
    expect(page).toContain(CTO_SUMMARY)
    expect(s.improvements).toHaveLength(3)
    expect(s.risks).toHaveLength(3)
    for (const h of [...s.improvements, ...s.risks]) {
      expect(page).toContain(
        row(h.label, h.categoryLabel, h.valueText, 'against target', h.targetText, 'Score', h.scoreText, h.statusText, h.reason),
      )
    }
    for (const section of model.sections) {
      const sum = section.summary
      expect(page).toContain(row(section.label, sum.scoreText, sum.statusText, sum.sincePrevious.text, sum.sinceYearAgo.text))
    }
    expect(page).toContain(s.rule.slice(0, 60))
  })

  it('gives each category a page with its figures against target, changes, n, score and status', () => {
    model.sections.forEach((section, i) => {
      const page = pages.find((p) => p.includes(`SECTION ${i + 1} ${section.label}`))
      expect(page, section.label).toBeDefined()
      expect(page).toContain(drawn(`${section.summary.sincePrevious.text} since FY2026 Q2`))
      for (const f of section.figures) {
        expect(page).toContain(
          row(
            f.label,
            ...(f.level ? [`DORA level: ${f.level}`] : []),
            ...(f.restatement ? [restatementLine(f.restatement)] : []),
            f.valueText,
            f.targetText,
            f.sincePrevious.text,
            f.sinceYearAgo.text,
            nText(f.n),
            f.scoreText,
            f.statusText,
          ),
        )
      }
      // The trend chart's axis names the eight fiscal quarters.
      expect(page).toContain(section.trend.map((p) => p.label).join(' '))
      expect(page).toContain(section.commentary.split(' ').slice(0, 6).join(' '))
    })
    expect(model.sections[0].trend.find((p) => p.quarter === GAP_QUARTER)?.value).toBeNull()
  })

  it('marks a section’s trend with the footnote numbers of the notes it lists', async () => {
    const notes = ['14 Aug 2026: Payments re-platforming (Every chart of this scope)', '2 Sep 2026: Re-org (Product delivery (category))']
    const last = model.sections[0].trend[7].label
    const noted = await pdfPages(
      await renderReportPdf({
        ...model,
        sections: model.sections.map((s, i) => (i === 0 ? { ...s, notes, noteMarks: [{ label: last, lines: [], numbers: [1, 2] }] } : s)),
      }),
    )
    const page = noted.pages.find((p) => p.includes(`SECTION 1 ${model.sections[0].label}`))!
    expect(page).toContain(`1. ${notes[0]}`)
    expect(page).toContain(`2. ${notes[1]}`)
    expect(page).toContain('1, 2')
    expect(page).toContain('A numbered diamond marks the notes of that number beside the chart.')
    expect(pages.find((p) => p.includes(`SECTION 1 ${model.sections[0].label}`))).not.toContain('A numbered diamond')
  })

  it('shows every stored figure in the appendix exactly as the database holds it', () => {
    const appendix = pages.filter((p) => p.includes('APPENDIX A')).join(' ')
    expect(stored.length).toBeGreaterThan(20)
    for (const s of stored) {
      const f = figureOf(s.metricKey)
      expect(f.valueText, s.metricKey).toBe(s.valueText)
      expect(f.targetText, s.metricKey).toBe(s.targetText)
      expect(f.n).toBe(s.n)
      expect(appendix).toContain(
        row(
          appendixLabel(s.label, f.restatement),
          s.valueText,
          f.unitLabel,
          s.targetText,
          f.scoreText,
          f.statusText,
          s.source,
          `${s.updatedDay} seed`,
        ),
      )
    }
    // And nothing more: a figure without a row in the database reads "—".
    const storedKeys = new Set(stored.map((s) => s.metricKey))
    for (const f of model.appendix.figures.filter((f) => !storedKeys.has(f.key))) expect(f.valueText).toBe('—')
  })

  it('states the method: benchmark set, rules and every formula', () => {
    const method = pages.slice(pages.findIndex((p) => p.includes('APPENDIX B Method'))).join(' ')
    expect(method).toContain(`Benchmark set: ${model.appendix.method.benchmark.title}`)
    for (const rule of model.appendix.method.rules) expect(method).toContain(drawn(rule).replace(/\s+/g, ' ').slice(0, 50))
    for (const f of model.appendix.method.formulas) expect(method).toContain(row(f.label, f.formula))
  })

  it('shows a restated figure with the value published, the value now and the reason, and lists it in the appendix', async () => {
    const published = await db.publishedValue()
    const f = figureOf(RESTATED.metricKey)
    expect(f.restatement).toMatchObject({ publishedValue: published, newValue: RESTATED.newValue, reason: RESTATED.reason })
    const section = pages.find((p) => p.includes(`SECTION 1 ${f.categoryLabel}`))!
    expect(section).toContain(drawn(restatementLine(f.restatement!)))
    const list = pages.find((p) => p.includes('Figures changed since publication'))!
    expect(list).toContain(row(f.label, f.restatement!.publishedText, f.restatement!.newText))
    expect(list).toContain(RESTATED.reason)
    expect(f.restatement!.publishedText).not.toBe(f.restatement!.newText)
  })

  it('marks every page as demo data, and names the publisher as the app does, not by email', () => {
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain('Demo data'))
    expect(pages[0]).toContain(`Published 2026-10-06 by ${PUBLISHER.name}`)
    expect(pages.join(' ')).not.toContain(PUBLISHER.email)
  })

  it('never cites a document the reader cannot open', () => {
    expect(pages.join(' ')).not.toMatch(/metrics\.md|§/)
  })
})
