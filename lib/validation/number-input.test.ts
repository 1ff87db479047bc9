import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { numberText, parseNumberText, unitValueSchema } from './number-input'

describe('parseNumberText', () => {
  it.each([
    ['1,250,000', 1_250_000],
    ['1250000', 1_250_000],
    [' 42 ', 42],
    ['99.95', 99.95],
    ['.5', 0.5],
    ['-12.5', -12.5],
    ['\u221235', -35],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected)
  })

  it('reads a blank field as null, not 0', () => {
    expect(parseNumberText('')).toBeNull()
    expect(parseNumberText('   ')).toBeNull()
  })

  it.each(['12abc', '1e3', '0x10', 'Infinity', '∞', '1,25', '12,50,000', '1.2.3', '--1', '12.', '12 %'])('refuses %j', (text) => {
    expect(parseNumberText(text)).toBeUndefined()
  })
})

describe('numberText', () => {
  it('gives back exactly the number it was made from, never in exponent notation', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = numberText(value)
        expect(text).not.toMatch(/e/i)
        expect(parseNumberText(text)).toBe(value === 0 ? 0 : value)
      }),
    )
  })

  it('prefills nothing for no data', () => {
    expect(numberText(null)).toBe('')
  })

  it('writes small and huge values without exponents', () => {
    expect(numberText(1e-7)).toBe('0.0000001')
    expect(numberText(1e21)).toBe('1000000000000000000000')
    expect(numberText(-1.5e-7)).toBe('-0.00000015')
    expect(numberText(1.25e22)).toBe('12500000000000000000000')
  })
})

describe('unitValueSchema', () => {
  const count = unitValueSchema('Major incidents', 'count')
  const percent = unitValueSchema('Uptime', 'percent')

  it('accepts thousands separators', () => {
    expect(unitValueSchema('Revenue', 'currency').parse('1,250,000')).toBe(1_250_000)
  })

  it('names the field in its messages', () => {
    expect(percent.safeParse('12abc').error?.issues[0].message).toBe('Uptime must be a number.')
    expect(percent.safeParse('1e3').error?.issues[0].message).toBe('Uptime must be a number.')
    expect(count.safeParse('-1').error?.issues[0].message).toBe('Major incidents must be 0 or more.')
    expect(count.safeParse('2.5').error?.issues[0].message).toBe('Major incidents must be a whole number.')
  })

  it('keeps blank as null', () => {
    expect(count.parse('')).toBeNull()
    expect(count.parse(undefined)).toBeNull()
  })
})

describe('unitValueSchema inside an object', () => {
  it('reads a field the browser did not send as blank', () => {
    const schema = z.object({ uptime: unitValueSchema('Uptime', 'percent') })
    expect(schema.parse({})).toEqual({ uptime: null })
  })
})
