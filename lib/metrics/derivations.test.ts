import { describe, expect, it } from 'vitest'
import { ATTRITION, CHANGE_FAILURE_RATE, ENPS, REGRETTED_ATTRITION } from './derivations'

const HEADCOUNT = { headcountStart: 40, headcountEnd: 44 }

describe('attrition', () => {
  it('annualizes leavers over the average headcount', () => {
    const result = ATTRITION.compute({ leavers: 3, headcountStart: 40, headcountEnd: 44 })
    expect(result).toEqual({ value: expect.closeTo((3 / 42) * 4 * 100, 10), n: 42 })
    expect('value' in result && result.value).toBeCloseTo(28.5714, 4)
  })

  it('rounds n to a whole person', () => {
    expect(ATTRITION.compute({ leavers: 1, headcountStart: 10, headcountEnd: 11 })).toMatchObject({ n: 11 })
  })

  it('refuses a zero headcount', () => {
    expect(ATTRITION.compute({ leavers: 0, headcountStart: 0, headcountEnd: 0 })).toEqual({
      error: 'Headcount at start and end cannot both be 0.',
      input: 'headcountEnd',
    })
  })

  it('computes regretted attrition from regretted leavers only', () => {
    const result = REGRETTED_ATTRITION.compute({ ...HEADCOUNT, regrettedLeavers: 1, leavers: 3 })
    expect(result).toEqual({ value: expect.closeTo((1 / 42) * 400, 10), n: 42 })
  })

  it('refuses more regretted leavers than leavers', () => {
    const result = REGRETTED_ATTRITION.compute({ ...HEADCOUNT, regrettedLeavers: 4, leavers: 3 })
    expect(result).toEqual({ error: 'Regretted leavers cannot exceed leavers.', input: 'regrettedLeavers' })
  })
})

describe('eNPS', () => {
  it('is % promoters − % detractors, with n the number of answers', () => {
    expect(ENPS.compute({ promoters: 50, passives: 30, detractors: 20 })).toEqual({ value: 30, n: 100 })
  })

  it('can be negative', () => {
    expect(ENPS.compute({ promoters: 1, passives: 1, detractors: 2 })).toEqual({ value: -25, n: 4 })
  })

  it('refuses a survey with no answers', () => {
    expect(ENPS.compute({ promoters: 0, passives: 0, detractors: 0 })).toMatchObject({ input: 'promoters' })
  })
})

describe('change failure rate', () => {
  it('is failed ÷ deployments in percent, with n the deployments', () => {
    expect(CHANGE_FAILURE_RATE.compute({ failedDeployments: 3, deployments: 40 })).toEqual({ value: 7.5, n: 40 })
  })

  it('refuses more failures than deployments', () => {
    expect(CHANGE_FAILURE_RATE.compute({ failedDeployments: 41, deployments: 40 })).toEqual({
      error: 'Failed deployments cannot exceed deployments.',
      input: 'failedDeployments',
    })
  })

  it('refuses zero deployments', () => {
    const result = CHANGE_FAILURE_RATE.compute({ failedDeployments: 0, deployments: 0 })
    expect(result).toMatchObject({ input: 'deployments' })
  })
})
