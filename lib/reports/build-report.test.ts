import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '@/lib/metrics/categories'
import { CATALOGUE } from '@/lib/metrics/catalogue'
import { buildScorecard } from '@/lib/metrics/scorecard-model'
import { HIGHLIGHT_RULE } from './highlights'
import { fact, fixtureReport } from '@/tooling/reports/report-fixture'

// Ratio-scored figures score exactly: at target 80, twice the target (the wrong way) 50, four
// times 20, twice as good 100. So every score and rise below is known without the formula.
const DEFAULTS = {
  time_to_market_days: 30,
  mtta_minutes: 15,
  mttr_hours: 4,
  rework_rate: 10,
  vuln_remediation_days: 15,
  attrition_rate: 12,
  regretted_attrition_rate: 5,
  time_to_hire_days: 45,
}
// Set explicitly (equal to the catalogue defaults), so a change of a default cannot move these tests.
const TARGETS = Object.entries(DEFAULTS).map(([metricKey, value]) => ({ quarter: '2026-Q2', metricKey, value }))

/** A figure's value last quarter and this quarter. */
function moved(metricKey: string, before: number, now: number) {
  return [fact('2026-Q2', metricKey, before), fact('2026-Q3', metricKey, now)]
}

function ranked() {
  return fixtureReport({
    targets: TARGETS,
    figures: [
      ...moved('time_to_market_days', 60, 15),
      ...moved('mttr_hours', 16, 8),
      ...moved('vuln_remediation_days', 30, 15),
      ...moved('time_to_hire_days', 45, 22.5),
      ...moved('rework_rate', 10, 10),
      ...moved('mtta_minutes', 60, 60),
      ...moved('attrition_rate', 12, 48),
      fact('2026-Q3', 'regretted_attrition_rate', 10),
    ],
  })
}

describe('the highlight rule', () => {
  it('names the three figures whose score rose most, ties going to the higher score', () => {
    const { summary } = ranked()
    // +50 (100), then two rises of +30: vulnerability remediation (now 80) before recovery (now 50),
    // although recovery comes first in the catalogue. Time to hire (+20) is fourth; rework (0) never counts.
    expect(summary.improvements.map((h) => [h.metricKey, h.scoreText, h.reason])).toEqual([
      ['time_to_market_days', '100', 'score +50 since FY2026 Q2'],
      ['vuln_remediation_days', '80', 'score +30 since FY2026 Q2'],
      ['mttr_hours', '50', 'score +30 since FY2026 Q2'],
    ])
  })

  it('names the off-track and at-risk figures, lowest score first, ties going to the larger fall', () => {
    const { summary } = ranked()
    // Attrition and acknowledgement both score 20; attrition fell 60 points, acknowledgement none.
    // At 50, regretted attrition (no score last quarter) comes before recovery time (which rose 30).
    expect(summary.risks.map((h) => [h.metricKey, h.statusText, h.reason])).toEqual([
      ['attrition_rate', 'Off track', 'off track at 20; score −60 since FY2026 Q2'],
      ['mtta_minutes', 'Off track', 'off track at 20; score 0 since FY2026 Q2'],
      ['regretted_attrition_rate', 'At risk', 'at risk at 50; no score last quarter'],
    ])
    expect(summary.risks[0]).toMatchObject({
      label: 'Engineering attrition (annualized)',
      categoryLabel: 'Talent retention',
      valueText: '48.0%',
      targetText: '12.0%',
    })
  })

  it('states the rule it applies, tie-breaks included', () => {
    expect(ranked().summary.rule).toBe(HIGHLIGHT_RULE)
    expect(HIGHLIGHT_RULE).toMatch(/rose most since the previous quarter \(ties: the higher score first\)/)
    expect(HIGHLIGHT_RULE).toMatch(/lowest score first \(ties: the larger fall/)
  })

  it('names no improvement when nothing can be compared with the previous quarter', () => {
    const report = fixtureReport({ figures: [fact('2026-Q3', 'mttr_hours', 2)] })
    expect(report.summary.improvements).toEqual([])
    expect(report.summary.risks).toEqual([])
  })
})

describe('missing data', () => {
  const report = fixtureReport({ figures: [fact('2026-Q3', 'releases', 12), fact('2026-Q3', 'major_incidents', null)] })

  it("shows '—' for a blank figure and keeps its value null, never 0", () => {
    const blank = report.appendix.figures.find((f) => f.key === 'major_incidents')!
    expect(blank).toMatchObject({
      value: null,
      valueText: '—',
      score: null,
      scoreText: '—',
      status: null,
      statusText: 'No data',
      source: null,
    })
    expect(blank.sincePrevious).toEqual({ text: '—', direction: 'neutral' })
    const never = report.appendix.figures.find((f) => f.key === 'availability')!
    expect(never).toMatchObject({ value: null, valueText: '—', updatedAt: null, n: null })
  })

  it("scores a category without data '—', not 0, and leaves it out of the overall score", () => {
    const velocity = report.sections.find((s) => s.key === 'velocity')!
    expect(velocity.summary).toMatchObject({ score: null, scoreText: '—', statusText: 'No score', coverage: '0 of 5 metrics' })
    expect(velocity.trend.every((p) => p.value === null && p.target === 80)).toBe(true)
    expect(report.summary.overall).toMatchObject({ scoreText: '80', coverage: '1 of 6 categories, based on 1 of 28 metrics' })
    expect(report.summary.overall.sincePrevious).toEqual({ text: '—', direction: 'neutral' })
  })

  it('keeps every catalogue figure, in catalogue order, in sections and appendix alike', () => {
    expect(report.sections.map((s) => s.key)).toEqual(CATEGORIES.map((c) => c.key))
    expect(report.appendix.figures.map((f) => f.key)).toEqual(
      CATEGORIES.flatMap((c) => CATALOGUE.filter((m) => m.category === c.key).map((m) => m.key)),
    )
    expect(report.sections.flatMap((s) => s.figures)).toEqual(report.appendix.figures)
  })
})

describe('changes', () => {
  it('are differences of the whole-number scores shown, and of the figures in their unit', () => {
    const report = fixtureReport()
    const delivery = report.sections.find((s) => s.key === 'delivery')!
    // Releases 13 (83), 10 (72) last quarter, 9 (68) a year before.
    expect(delivery.summary).toMatchObject({
      scoreText: '83',
      sincePrevious: { text: '+11', direction: 'better' },
      sinceYearAgo: { text: '+15', direction: 'better' },
    })
    const enps = report.appendix.figures.find((f) => f.key === 'enps')!
    expect(enps).toMatchObject({
      value: -12,
      valueText: '−12',
      n: 40,
      sincePrevious: { text: '−17', direction: 'worse' },
      sinceYearAgo: { text: '—' },
    })
    const uptime = report.appendix.figures.find((f) => f.key === 'availability')!
    expect(uptime.sincePrevious).toEqual({ text: '−0.04 pts', direction: 'worse' })
  })

  it('carries the commentary, the summary and the cover facts', () => {
    const report = fixtureReport()
    expect(report.summary.ctoSummary).toBe('-Strong quarter; uptime dipped.')
    expect(report.sections[0].commentary).toBe('Releases up.')
    expect(report.sections[1].commentary).toBe('')
    expect(report.meta).toMatchObject({
      orgName: 'Acme Ltd',
      quarterLabel: 'FY2026 Q3',
      previousLabel: 'FY2026 Q2',
      yearAgoLabel: 'FY2025 Q3',
      calendarSpan: 'Jul–Sep 2026',
      preparedBy: 'Ada Admin',
    })
  })
})

describe('what the board reads', () => {
  it('marks a quarter in progress: its day count, provisional statuses and the mark every page carries', () => {
    const model = fixtureReport({ progress: { day: 40, days: 92 } })
    expect(model.meta.inProgress).toEqual({ day: 40, days: 92, text: 'in progress: day 40 of 92' })
    expect(model.meta.marks).toEqual(['in progress: day 40 of 92; figures provisional'])
    const releases = model.appendix.figures.find((f) => f.key === 'releases')!
    expect(releases.statusText).toMatch(/ \(provisional\)$/)
    expect(model.summary.overall.statusText).toMatch(/ \(provisional\)$/)
    const ended = fixtureReport()
    expect(ended.meta.inProgress).toBeNull()
    expect(ended.appendix.figures.find((f) => f.key === 'releases')!.statusText).not.toMatch(/provisional/)
  })

  it('marks demo data', () => {
    expect(fixtureReport({ demo: true }).meta.marks).toEqual(['Demo data'])
    expect(fixtureReport().meta.marks).toEqual([])
  })

  it('prints the events formula for a figure computed from events, and the catalogue formula otherwise', () => {
    const model = fixtureReport()
    const mttr = model.appendix.figures.find((f) => f.key === 'mttr_hours')!
    expect(mttr.source).toBe('events')
    expect(mttr.formula).toBe('mean of (resolved − opened) over incidents resolved in the quarter, in hours')
    expect(model.appendix.method.formulas).toContainEqual({ label: mttr.label, formula: mttr.formula })
    const releases = model.appendix.figures.find((f) => f.key === 'releases')!
    expect(releases.formula).toBe(CATALOGUE.find((m) => m.key === 'releases')!.formula)
  })

  it('marks a DORA target "not scored", and no other', () => {
    const model = fixtureReport({ targets: [{ quarter: '2026-Q3', metricKey: 'deployment_frequency', value: 2 }] })
    const frequency = model.appendix.figures.find((f) => f.key === 'deployment_frequency')!
    expect(frequency).toMatchObject({ targetScored: false, targetText: '2.00/day (not scored)' })
    expect(model.appendix.figures.find((f) => f.key === 'releases')).toMatchObject({ targetScored: true, targetText: '12' })
  })

  it('lists each restated figure with the value published, the value now and the reason', () => {
    const model = fixtureReport({
      figures: [fact('2026-Q3', 'releases', 17)],
      published: { at: new Date('2026-10-06T10:00:00Z'), by: 'Grace Hopper' },
      restatements: {
        releases: { count: 2, publishedValue: 13, newValue: 17, reason: 'Two releases were missed', at: new Date('2026-10-20T08:00:00Z') },
      },
    })
    expect(model.appendix.restatements).toEqual([
      {
        key: 'releases',
        label: 'Releases shipped',
        categoryLabel: 'Product delivery',
        publishedValue: 13,
        newValue: 17,
        publishedText: '13',
        newText: '17',
        reason: 'Two releases were missed',
        at: '2026-10-20T08:00:00.000Z',
        count: 2,
      },
    ])
  })
})

describe('By team', () => {
  const teamCard = (figures: ReturnType<typeof fact>[]) =>
    buildScorecard({ quarter: '2026-Q3', figures, targets: TARGETS, benchmarkSets: {}, defaultBenchmarkSet: '2023' })
  // Time to market at its target scores 80 this quarter; twice the target last quarter scored 50.
  const measured = teamCard(moved('time_to_market_days', 60, 30))
  const teams = [
    { team: { slug: 'alpha', name: 'Alpha' }, card: measured },
    { team: { slug: 'quiet', name: 'Quiet' }, card: teamCard([]) },
  ]

  it('is left out unless the report is given the teams (a team’s own report)', () => {
    expect(fixtureReport().byTeam).toBeNull()
  })

  it('gives each team its overall and category scores with the report’s own texts', () => {
    const [alpha, quiet] = fixtureReport({ teams }).byTeam!
    expect(alpha).toMatchObject({ slug: 'alpha', name: 'Alpha', hasFigures: true })
    expect(alpha.overall).toMatchObject({
      score: 80,
      scoreText: '80',
      statusText: 'On track',
      sincePrevious: { text: '+30', direction: 'better' },
    })
    expect(alpha.categories.map((c) => c.label)).toEqual(CATEGORIES.map((c) => c.label))
    expect(alpha.categories[0]).toMatchObject({ key: 'delivery', scoreText: '80', coverage: '1 of 4 metrics' })
    expect(alpha.categories[1]).toMatchObject({ key: 'reliability', scoreText: '—', statusText: 'No score' })
    expect(quiet.hasFigures).toBe(false)
    expect(quiet.overall).toMatchObject({ score: null, scoreText: '—', sincePrevious: { text: '—' } })
  })

  it('marks a team’s statuses provisional while the quarter is in progress', () => {
    const [alpha] = fixtureReport({ teams, progress: { day: 40, days: 92 } }).byTeam!
    expect(alpha.overall.statusText).toBe('On track (provisional)')
  })
})

describe('buildReport: notes on the timeline', () => {
  const note = (id: number, date: string, text: string, category: 'delivery' | 'reliability' | null, metricKey: string | null = null) => ({
    id,
    scope: 'team-1',
    date,
    text,
    category,
    metricKey,
    createdBy: 'a@example.test',
    version: 1,
  })

  it('lists in each section the scope-wide notes, its own and its metrics’ notes over its trend, in day order', () => {
    const report = fixtureReport({
      annotations: [
        note(1, '2026-08-14', 'Payments re-platforming', null),
        note(2, '2026-07-02', 'Release train', 'delivery', 'releases'),
        note(3, '2026-05-01', 'SOC 2 audit', 'reliability'),
        note(4, '2019-01-01', 'Too old for the trend', null),
      ],
    })
    const notes = (key: string) => report.sections.find((s) => s.key === key)?.notes
    expect(notes('delivery')).toEqual([
      '2 Jul 2026: Release train (Releases shipped (metric))',
      '14 Aug 2026: Payments re-platforming (Every chart of this scope)',
    ])
    expect(notes('reliability')).toEqual([
      '1 May 2026: SOC 2 audit (System reliability (category))',
      '14 Aug 2026: Payments re-platforming (Every chart of this scope)',
    ])
    expect(notes('talent')).toEqual(['14 Aug 2026: Payments re-platforming (Every chart of this scope)'])
  })

  it('marks each section’s trend at the quarters of its notes, numbered as the list numbers them', () => {
    const report = fixtureReport({
      annotations: [
        note(1, '2026-08-14', 'Payments re-platforming', null),
        note(2, '2026-07-02', 'Release train', 'delivery', 'releases'),
        note(3, '2026-05-01', 'Q2 freeze', 'delivery'),
      ],
    })
    const delivery = report.sections.find((s) => s.key === 'delivery')!
    const labelOf = (quarter: string) => delivery.trend.find((p) => p.quarter === quarter)?.label
    expect(delivery.noteMarks).toEqual([
      { label: labelOf('2026-Q2'), lines: ['1 May 2026: Q2 freeze'], numbers: [1] },
      { label: labelOf('2026-Q3'), lines: ['2 Jul 2026: Release train', '14 Aug 2026: Payments re-platforming'], numbers: [2, 3] },
    ])
    for (const mark of delivery.noteMarks) {
      mark.numbers.forEach((n, i) => expect(delivery.notes[n - 1]).toContain(mark.lines[i]))
    }
    expect(report.sections.find((s) => s.key === 'talent')?.noteMarks.map((m) => m.numbers)).toEqual([[1]])
  })
})
