import { describe, expect, it } from 'vitest'
import type { CategoryKey } from '@/lib/metrics/categories'
import {
  categoryEntrySchema,
  derivationState,
  entryObjectFromFormData,
  REASON_MAX,
  REASON_REQUIRED,
  type CategoryEntry,
} from './entry-schema'
import { getMetric, metricsInCategory, valueMax } from '@/lib/metrics/catalogue'
import { unitValueSchema } from './number-input'
import { fieldErrorsOf } from './field-errors'

function form(category: CategoryKey, fields: Record<string, string>): FormData {
  const data = new FormData()
  data.set('scope', 'org')
  data.set('quarter', '2026-Q3')
  data.set('category', category)
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

function parse(category: CategoryKey, fields: Record<string, string>) {
  return categoryEntrySchema(category).safeParse(entryObjectFromFormData(form(category, fields)))
}

function ok(category: CategoryKey, fields: Record<string, string>): CategoryEntry {
  const result = parse(category, fields)
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(fieldErrorsOf(result.error))}`)
  return result.data
}

function errors(category: CategoryKey, fields: Record<string, string>): Record<string, string> {
  const result = parse(category, fields)
  if (result.success) throw new Error('expected the form to be refused')
  return fieldErrorsOf(result.error)
}

function figure(entry: CategoryEntry, key: string) {
  const found = entry.figures.find((f) => f.metricKey === key)
  if (!found) throw new Error(`no figure ${key}`)
  return found
}

describe('categoryEntrySchema: values', () => {
  it('stores a blank field as null, never 0', () => {
    const entry = ok('reliability', { 'values.availability': '', 'values.major_incidents': '0' })
    expect(figure(entry, 'availability').value).toBeNull()
    expect(figure(entry, 'major_incidents').value).toBe(0)
    expect(figure(entry, 'mttr_hours').value).toBeNull()
  })

  it('refuses a percentage over 100 with a message that names the field', () => {
    expect(errors('reliability', { 'values.availability': '101' })).toEqual({
      'values.availability': 'Uptime must be between 0 and 100.',
    })
  })

  it('refuses a fractional count', () => {
    expect(errors('delivery', { 'values.releases': '2.5' })['values.releases']).toBe('Releases shipped must be a whole number.')
  })

  it('refuses a negative duration', () => {
    expect(errors('reliability', { 'values.mttr_hours': '-1' })['values.mttr_hours']).toBe('Mean time to recovery must be 0 or more.')
  })

  it('accepts eNPS from −100 to 100 and nothing beyond', () => {
    expect(figure(ok('talent', { 'values.enps': '-100' }), 'enps').value).toBe(-100)
    expect(figure(ok('talent', { 'values.enps': '100' }), 'enps').value).toBe(100)
    expect(errors('talent', { 'values.enps': '-101' })['values.enps']).toBe('Employee NPS must be between -100 and 100.')
    expect(errors('talent', { 'values.enps': '100.5' })['values.enps']).toBe('Employee NPS must be between -100 and 100.')
  })

  it('checks targets in the unit of their metric', () => {
    expect(errors('reliability', { 'targets.availability': '120' })['targets.availability']).toBe(
      'Target for Uptime must be between 0 and 100.',
    )
    expect(figure(ok('reliability', { 'targets.availability': '' }), 'availability').target).toBeNull()
  })

  it('reports every bad field, not just the first', () => {
    expect(Object.keys(errors('delivery', { 'values.releases': 'x', 'values.release_success_rate': '200' }))).toEqual([
      'values.releases',
      'values.release_success_rate',
    ])
  })

  it('counts CRLF line breaks of the commentary once and stores them as LF', () => {
    const text = `${'a'.repeat(1000)}\r\n${'b'.repeat(999)}`
    expect(ok('delivery', { commentary: text }).commentary).toBe(`${'a'.repeat(1000)}\n${'b'.repeat(999)}`)
    expect(errors('delivery', { commentary: `${text}c` }).commentary).toBe('Commentary must be at most 2000 characters.')
  })
})

describe('categoryEntrySchema: rates derived from counts', () => {
  it('derives annualized attrition from leavers and headcount, with n the average headcount', () => {
    const entry = ok('talent', { 'inputs.leavers': '3', 'inputs.headcountStart': '40', 'inputs.headcountEnd': '44' })
    const attrition = figure(entry, 'attrition_rate')
    expect(attrition.value).toBeCloseTo((3 / 42) * 400, 10)
    expect(attrition.n).toBe(42)
    expect(attrition.inputs).toEqual({ leavers: 3, headcountStart: 40, headcountEnd: 44 })
  })

  it('ignores a typed rate when counts are given: the server derives it again', () => {
    const entry = ok('talent', {
      'values.attrition_rate': '1',
      'inputs.leavers': '3',
      'inputs.headcountStart': '40',
      'inputs.headcountEnd': '44',
    })
    expect(figure(entry, 'attrition_rate').value).toBeCloseTo(28.5714, 4)
  })

  it('derives eNPS from survey answers', () => {
    const entry = ok('talent', { 'inputs.promoters': '50', 'inputs.passives': '30', 'inputs.detractors': '20' })
    expect(figure(entry, 'enps')).toMatchObject({ value: 30, n: 100, inputs: { promoters: 50, passives: 30, detractors: 20 } })
  })

  it('derives the change failure rate from deployments', () => {
    const entry = ok('velocity', { 'inputs.failedDeployments': '5', 'inputs.deployments': '50' })
    expect(figure(entry, 'change_failure_rate')).toMatchObject({ value: 10, n: 50, inputs: { failedDeployments: 5, deployments: 50 } })
  })

  it('keeps a typed rate without counts, with n unknown', () => {
    expect(figure(ok('talent', { 'values.enps': '25' }), 'enps')).toMatchObject({ value: 25, n: null, inputs: null })
  })

  it('puts the error on each missing count when counts are partial', () => {
    expect(errors('talent', { 'inputs.promoters': '50', 'inputs.detractors': '20' })).toEqual({
      'inputs.passives': 'Enter passives (7–8) too, or clear the counts for Employee NPS.',
    })
    expect(errors('talent', { 'inputs.leavers': '3', 'inputs.headcountStart': '40' })).toEqual({
      'inputs.headcountEnd': 'Enter headcount at quarter end too, or clear the counts for Engineering attrition (annualized).',
    })
  })

  it('refuses more failed deployments than deployments', () => {
    expect(errors('velocity', { 'inputs.failedDeployments': '6', 'inputs.deployments': '5' })).toEqual({
      'inputs.failedDeployments': 'Failed deployments cannot exceed deployments.',
    })
  })

  it('refuses a fractional count', () => {
    expect(errors('velocity', { 'inputs.failedDeployments': '1.5', 'inputs.deployments': '5' })['inputs.failedDeployments']).toBe(
      'Deployments needing remediation must be a whole number.',
    )
  })

  it('lets attrition be derived while regretted attrition is typed (headcount is shared)', () => {
    const entry = ok('talent', {
      'inputs.leavers': '3',
      'inputs.headcountStart': '40',
      'inputs.headcountEnd': '44',
      'values.regretted_attrition_rate': '4.5',
    })
    expect(figure(entry, 'attrition_rate').n).toBe(42)
    expect(figure(entry, 'regretted_attrition_rate')).toMatchObject({ value: 4.5, n: null, inputs: null })
  })

  it('derives both attrition rates from one headcount, checking regretted against all leavers', () => {
    const counts = { 'inputs.leavers': '3', 'inputs.regrettedLeavers': '1', 'inputs.headcountStart': '40', 'inputs.headcountEnd': '44' }
    expect(figure(ok('talent', counts), 'regretted_attrition_rate')).toMatchObject({
      n: 42,
      inputs: { regrettedLeavers: 1, headcountStart: 40, headcountEnd: 44 },
    })
    expect(errors('talent', { ...counts, 'inputs.regrettedLeavers': '4' })).toEqual({
      'inputs.regrettedLeavers': 'Regretted leavers cannot exceed leavers.',
    })
  })

  it('refuses a shared count given alone instead of dropping it', () => {
    expect(errors('talent', { 'inputs.headcountStart': '40' })['inputs.headcountStart']).toMatch(
      /^Headcount at quarter start is only used to derive/,
    )
  })
})

describe('entryObjectFromFormData', () => {
  it('nests the grouped fields the schema reads', () => {
    const data = form('delivery', { 'values.releases': '12', 'targets.releases': '10', 'versions.releases': '3', commentary: 'ok' })
    expect(JSON.parse(JSON.stringify(entryObjectFromFormData(data)))).toEqual({
      scope: 'org',
      quarter: '2026-Q3',
      category: 'delivery',
      commentary: 'ok',
      values: { releases: '12' },
      targets: { releases: '10' },
      versions: { releases: '3' },
      inputs: {},
    })
  })

  it('ignores prototype-polluting and unknown field names', () => {
    const data = form('delivery', {
      '__proto__.polluted': 'yes',
      'constructor.prototype.polluted': 'yes',
      'values.__proto__': 'yes',
      'values.releases.extra': '99',
      __proto__: 'yes',
      $ACTION_ID_abc: '',
      isAdmin: 'true',
    })
    const entry = entryObjectFromFormData(data)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(Object.keys(entry).sort()).toEqual(['category', 'inputs', 'quarter', 'scope', 'targets', 'values', 'versions'])
    expect(Object.keys(entry.values as object)).toEqual([])
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype)
    expect(ok('delivery', { '__proto__.x': '1', 'values.__proto__': '5' }).figures.every((f) => f.value === null)).toBe(true)
  })
})

describe('categoryEntrySchema: the reason for a restatement', () => {
  const published = (fields: Record<string, string>) =>
    categoryEntrySchema('delivery', { published: true }).safeParse(entryObjectFromFormData(form('delivery', fields)))

  it('is required once the quarter is published, and reported beside its own field', () => {
    for (const reason of [undefined, '', '  \r\n ']) {
      const result = published({ 'values.releases': '12', ...(reason === undefined ? {} : { reason }) })
      expect(result.success).toBe(false)
      if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ reason: REASON_REQUIRED })
    }
  })

  it('is reported even when another field is wrong too', () => {
    const result = published({ 'values.releases': '2.5' })
    if (result.success) throw new Error('expected the form to be refused')
    expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(['reason', 'values.releases'])
  })

  it('is trimmed, counts CRLF once, and may not pass the limit', () => {
    const result = published({ reason: `  Late\r\nreport  ` })
    expect(result.success && result.data.reason).toBe('Late\nreport')
    expect(published({ reason: 'x'.repeat(REASON_MAX) }).success).toBe(true)
    const long = published({ reason: 'x'.repeat(REASON_MAX + 1) })
    expect(!long.success && fieldErrorsOf(long.error).reason).toBe(`The reason must be at most ${REASON_MAX} characters.`)
  })

  it('is neither required nor kept for a quarter not yet published', () => {
    expect(ok('delivery', {}).reason).toBe('')
    expect(ok('delivery', { reason: 'typed anyway' }).reason).toBe('')
  })
})

describe('one percent limit for attrition, typed or derived', () => {
  const attrition = getMetric('attrition_rate')
  const talent = metricsInCategory('talent')

  it('takes the limit from the catalogue for both ways in', () => {
    expect(valueMax(attrition)).toBe(400)
    expect(unitValueSchema(attrition.label, attrition.unit, valueMax(attrition)).safeParse('150').success).toBe(true)
    expect(unitValueSchema(attrition.label, attrition.unit, valueMax(attrition)).safeParse('401').success).toBe(false)
    expect(derivationState(attrition, talent, { leavers: 15, headcountStart: 10, headcountEnd: 10 })).toMatchObject({
      kind: 'invalid',
      input: 'leavers',
    })
    expect(derivationState(attrition, talent, { leavers: 5, headcountStart: 10, headcountEnd: 10 })).toMatchObject({
      kind: 'derived',
      value: 200,
    })
  })
})

describe('categoryEntrySchema: the investment mix', () => {
  const mix = (a: string, b: string, c: string) => ({
    'values.investment_new_value_pct': a,
    'values.investment_ktlo_pct': b,
    'values.investment_tech_debt_pct': c,
  })

  it.each([
    ['59', '25', '15'],
    ['60', '25', '15'],
    ['60', '26', '15'],
  ])('accepts %s / %s / %s (99 to 101)', (a, b, c) => {
    const entry = ok('business', mix(a, b, c))
    expect(figure(entry, 'investment_ktlo_pct').value).toBe(Number(b))
  })

  it('refuses shares adding up to 101.1 or 90, naming the sum', () => {
    expect(errors('business', mix('60', '26.1', '15')).mix).toMatch(/must add up to 100 \(± 1\).*101\.1/)
    expect(errors('business', mix('50', '25', '15')).mix).toMatch(/These add up to 90\./)
  })

  it('refuses one share without the others, and takes a form with none', () => {
    expect(errors('business', mix('100', '', '')).mix).toMatch(/Give time keeping the lights on and time on technical debt too/)
    expect(
      ok('business', mix('', '', ''))
        .figures.filter((f) => f.metricKey.startsWith('investment_'))
        .every((f) => f.value === null),
    ).toBe(true)
  })
})
