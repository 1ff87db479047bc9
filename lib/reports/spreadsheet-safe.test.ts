import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { looksLikeFormula, safeCell, safeText } from './spreadsheet-safe'

describe('safeText', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3+cmd|" /C calc"!A0', '\'-2+3+cmd|" /C calc"!A0'],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', "'\r=1+2"],
    ['=cmd\nsecond line', "'=cmd\nsecond line"],
  ])('neutralises %j', (text, expected) => {
    expect(safeText(text)).toBe(expected)
  })

  it.each(['Payments', '', ' =1+2', '−12 (a true minus sign)', "'=already quoted", '12', 'a=b', 'FY2026 Q3'])('leaves %j alone', (text) => {
    expect(safeText(text)).toBe(text)
  })

  it('never lets text that starts like a formula through, whatever follows', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => {
        const text = safeText(start + rest)
        expect(text).toBe(`'${start}${rest}`)
        expect(looksLikeFormula(text)).toBe(false)
      }),
    )
  })
})

describe('safeCell', () => {
  it('keeps numbers numbers, negative ones included', () => {
    expect(safeCell(-12)).toBe(-12)
    expect(safeCell(-0.5)).toBe(-0.5)
    expect(safeCell(0)).toBe(0)
  })

  it('writes a missing or non-finite number as an empty cell, never 0', () => {
    expect(safeCell(null)).toBeNull()
    expect(safeCell(Number.NaN)).toBeNull()
    expect(safeCell(Number.POSITIVE_INFINITY)).toBeNull()
  })

  it('neutralises text', () => {
    expect(safeCell('-12')).toBe("'-12")
    expect(safeCell('Uptime')).toBe('Uptime')
  })
})
