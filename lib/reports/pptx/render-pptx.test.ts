import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
import type { ReportModel } from '../report-types'
import { APPENDIX_ROWS_PER_SLIDE } from './appendix-slides'
import { TEAMS_PER_SLIDE } from './by-team-slide'
import { nText } from '../pdf/meta-texts'
import { renderReportPptx } from './render-pptx'

// Rendered once against a freshly seeded database (eight demo quarters ending 2026-Q3), then read
// back as the XML PowerPoint opens.
let db: SeededReportDb
let model: ReportModel
let stored: StoredFigure[]
let zip: JSZip
let slides: string[]

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name])
const texts = (xml: string) => [...xml.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => decode(m[1]))
/** Every table row of a slide as its cells' texts. */
const tableRows = (xml: string) =>
  [...xml.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((tc) => texts(tc[0]).join(' ')),
  )
const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1])

beforeAll(async () => {
  db = await openSeededReportDb('report-pptx')
  model = await db.report()
  stored = await db.storedFigures()
  zip = await JSZip.loadAsync(await renderReportPptx(model))
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => number(a) - number(b))
  slides = await Promise.all(names.map((n) => zip.file(n)!.async('string')))
}, 180_000)
afterAll(() => db?.close())

/** The chart a slide draws (its relationship to ppt/charts/chartN.xml), or null. */
async function chartOfSlide(index: number): Promise<string | null> {
  const rels = await zip.file(`ppt/slides/_rels/slide${index + 1}.xml.rels`)!.async('string')
  const target = /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1]
  return target ? zip.file(`ppt/charts/${target}`)!.async('string') : null
}

/** A chart series' name, category labels and values ('' for a blank point). */
function seriesOf(chartXml: string) {
  return [...chartXml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => {
    const ser = m[0]
    const block = (tag: string) => new RegExp(`<c:${tag}>[\\s\\S]*?</c:${tag}>`).exec(ser)?.[0] ?? ''
    const cache = (tag: string) => [...block(tag).matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((v) => decode(v[1]))
    const name = decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '')
    return { name, labels: cache('cat'), values: cache('val') }
  })
}

// A section's slide carries its "SECTION n" eyebrow (the By team slide names every category too).
const sectionSlide = (label: string) => {
  const index = slides.findIndex((xml) => texts(xml).includes(label) && texts(xml).some((t) => /^SECTION \d+$/.test(t)))
  if (index === -1) throw new Error(`no slide for ${label}`)
  return index
}

describe('renderReportPptx', () => {
  it('has one slide per section: cover, summary, each category, the appendix and the method', () => {
    const appendixSlides = Math.ceil(model.appendix.figures.length / APPENDIX_ROWS_PER_SLIDE)
    // Cover, summary, sections, the appendix of figures, the restatements of this published quarter, the method.
    expect(slides).toHaveLength(2 + (model.byTeam ? 1 : 0) + model.sections.length + appendixSlides + 1 + 1)
    expect(texts(slides[0])).toEqual(
      expect.arrayContaining([model.meta.orgName, 'FY2026 Q3', 'Date prepared', model.meta.preparedAt.slice(0, 10), 'Test Preparer']),
    )
    expect(texts(slides[1])).toContain('Executive summary')
    // The organisation's deck has its teams side by side right after the summary.
    expect(model.byTeam).not.toBeNull()
    expect(texts(slides[2])).toContain('By team')
    model.sections.forEach((section, i) => expect(sectionSlide(section.label), section.label).toBe(3 + i))
    expect(texts(slides.at(-1)!)).toContain('Method')
  })

  it('charts every team’s overall score as a native bar chart, and tables its category scores', async () => {
    const byTeam = model.byTeam!
    expect(byTeam.length).toBeGreaterThan(1)
    const chart = (await chartOfSlide(2))!
    expect(chart).toContain('<c:barChart>')
    expect(chart).toContain('<c:barDir val="bar"/>')
    const [series] = seriesOf(chart)
    // Drawn bottom-up, so listed in reverse; each bar is the score the report prints.
    expect(series.labels.toReversed()).toEqual(byTeam.map((t) => t.name))
    expect(series.values.toReversed()).toEqual(byTeam.map((t) => (t.overall.score === null ? '' : t.overall.scoreText)))
    const rows = tableRows(slides[2])
    for (const team of byTeam) {
      const row = rows.find((r) => r[0] === team.name)!
      expect(row, team.name).toEqual([
        team.name,
        team.overall.scoreText,
        team.overall.statusText,
        team.overall.sincePrevious.text,
        ...team.categories.map((c) => c.scoreText),
      ])
    }
  })

  it('continues "By team" on further slides past 15 teams: 40 teams make three slides of 15, 15 and 10', async () => {
    const team = model.byTeam![0]
    const teams = Array.from({ length: 40 }, (_, i) => ({ ...team, slug: `team-${i + 1}`, name: `Team ${i + 1}` }))
    const deck = await JSZip.loadAsync(await renderReportPptx({ ...model, byTeam: teams }))
    const names = Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    const xml = await Promise.all(names.sort((a, b) => number(a) - number(b)).map((n) => deck.file(n)!.async('string')))
    const byTeam = xml.filter((x) => texts(x).some((t) => t === 'By team' || t === 'By team (continued)'))
    expect(TEAMS_PER_SLIDE).toBe(15)
    expect(xml).toHaveLength(slides.length + 2)
    // Each slide's table: its header row and its teams, every team once and in order.
    const teamRows = byTeam.map((x) =>
      tableRows(x)
        .slice(1)
        .map((r) => r[0]),
    )
    expect(teamRows.map((r) => r.length)).toEqual([15, 15, 10])
    expect(teamRows.flat()).toEqual(teams.map((t) => t.name))
    expect(texts(byTeam[1]).join(' ')).toMatch(/teams 16–30 of 40/i)
  })

  it('is 16:9', async () => {
    const presentation = await zip.file('ppt/presentation.xml')!.async('string')
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation) ?? []
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2)
  })

  it('draws each category trend as a native line chart with the score and the on-track target', async () => {
    for (const section of model.sections) {
      const chart = await chartOfSlide(sectionSlide(section.label))
      expect(chart, section.label).not.toBeNull()
      expect(chart).toContain('<c:lineChart>')
      const [score, target] = seriesOf(chart!)
      expect(score.name).toBe('Category score')
      expect(score.labels).toEqual(section.trend.map((p) => p.label))
      // The whole-number scores shown everywhere; a quarter without a score is a blank point, never 0.
      expect(score.values).toEqual(section.trend.map((p) => (p.value === null ? '' : String(Math.floor(p.value)))))
      expect(target.name).toBe('On track (80)')
      expect(target.values).toEqual(section.trend.map(() => '80'))
      expect(chart).toContain('<c:dispBlanksAs val="gap"/>')
    }
    const delivery = seriesOf((await chartOfSlide(sectionSlide('Product delivery')))!)[0]
    expect(delivery.values[model.sections[0].trend.findIndex((p) => p.quarter === GAP_QUARTER)]).toBe('')
  })

  it('tables the figures of each category with value, target, changes, n, score and status', () => {
    for (const section of model.sections) {
      const rows = tableRows(slides[sectionSlide(section.label)])
      for (const f of section.figures) {
        const label = [
          f.label,
          ...(f.level ? [`DORA level: ${f.level}`] : []),
          ...(f.restatement ? [restatementLine(f.restatement)] : []),
        ].join(' ')
        expect(rows).toContainEqual([
          label,
          f.valueText,
          f.targetText,
          f.sincePrevious.text,
          f.sinceYearAgo.text,
          nText(f.n),
          f.scoreText,
          f.statusText,
        ])
      }
    }
  })

  it('shows every stored figure in the appendix exactly as the database holds it', () => {
    const rows = slides.flatMap((xml) => (texts(xml).includes('APPENDIX A') ? tableRows(xml) : []))
    expect(stored.length).toBeGreaterThan(20)
    for (const s of stored) {
      const f = model.appendix.figures.find((x) => x.key === s.metricKey)!
      expect(f.valueText, s.metricKey).toBe(s.valueText)
      expect(f.targetText, s.metricKey).toBe(s.targetText)
      expect(rows).toContainEqual([
        appendixLabel(s.label, f.restatement),
        f.categoryLabel,
        s.valueText,
        f.unitLabel,
        s.targetText,
        f.scoreText,
        f.statusText,
        s.source,
        `${s.updatedDay} seed`,
      ])
    }
    expect(rows.filter((r) => r[0] !== 'Figure')).toHaveLength(model.appendix.figures.length)
  })

  it('carries the executive summary: overall score, changes, CTO summary, improvements and risks', () => {
    const all = texts(slides[1]).join('')
    const o = model.summary.overall
    expect(all).toContain(`${o.scoreText} / 100`)
    expect(all).toContain(`${o.sincePrevious.text} since FY2026 Q2`)
    expect(all).toContain(`${o.sinceYearAgo.text} since FY2025 Q3`)
    expect(all).toContain(CTO_SUMMARY)
    for (const h of [...model.summary.improvements, ...model.summary.risks]) {
      expect(all).toContain(`${h.valueText} against target ${h.targetText} · score ${h.scoreText} · ${h.statusText}`)
    }
    const rows = tableRows(slides[1])
    for (const s of model.sections)
      expect(rows).toContainEqual([
        s.label,
        s.summary.scoreText,
        s.summary.statusText,
        s.summary.sincePrevious.text,
        s.summary.sinceYearAgo.text,
      ])
  })

  it('states the method with every formula', () => {
    const method = slides.at(-1)!
    const cells = tableRows(method).flat()
    for (const f of model.appendix.method.formulas) {
      expect(cells).toContain(f.label)
      expect(cells).toContain(f.formula)
    }
    expect(texts(method).join(' ')).toContain(model.appendix.method.benchmark.title)
  })

  it('shows a restated figure with the value published, the value now and the reason, and lists it in the appendix', async () => {
    const f = model.appendix.figures.find((x) => x.key === RESTATED.metricKey)!
    expect(f.restatement).toMatchObject({ publishedValue: await db.publishedValue(), newValue: RESTATED.newValue, reason: RESTATED.reason })
    const section = slides[sectionSlide(f.categoryLabel)]
    expect(texts(section)).toContain(restatementLine(f.restatement!))
    const list = slides.find((xml) => texts(xml).includes('Figures changed since publication'))!
    expect(tableRows(list)).toContainEqual([
      f.label,
      f.restatement!.publishedText,
      f.restatement!.newText,
      f.restatement!.at.slice(0, 10),
      RESTATED.reason,
    ])
  })

  it('lists a section’s notes on its slide, numbered, since its native chart cannot carry markers', async () => {
    const notes = ['14 Aug 2026: Payments re-platforming (Every chart of this scope)', '2 Sep 2026: Re-org (Product delivery (category))']
    const withNotes: ReportModel = {
      ...model,
      sections: model.sections.map((s, i) =>
        i === 0 ? { ...s, notes, noteMarks: [{ label: s.trend[7].label, lines: [], numbers: [1, 2] }] } : s,
      ),
    }
    const noted = await JSZip.loadAsync(await renderReportPptx(withNotes))
    const index = sectionSlide(model.sections[0].label)
    const slide = await noted.file(`ppt/slides/slide${index + 1}.xml`)!.async('string')
    expect(texts(slide)).toEqual(expect.arrayContaining(['Notes on the timeline', `1. ${notes[0]}`, `2. ${notes[1]}`]))
    // Sections without notes keep their slide as it was.
    expect(texts(slides[sectionSlide(model.sections[1].label)])).not.toContain('Notes on the timeline')
  })

  it('marks every slide as demo data, and names the publisher by name', () => {
    slides.forEach((xml, i) => expect(texts(xml).join(' '), `slide ${i + 1}`).toContain('Demo data'))
    expect(texts(slides[0]).join(' ')).toContain(`by ${PUBLISHER.name}`)
    expect(slides.join(' ')).not.toContain(PUBLISHER.email)
  })
})
