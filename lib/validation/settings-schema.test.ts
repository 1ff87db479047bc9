import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, settingsSchema } from './settings-schema'

const withMonth = (fiscalStartMonth: unknown) => settingsSchema.safeParse({ ...DEFAULT_SETTINGS, fiscalStartMonth })

describe('settingsSchema fiscalStartMonth', () => {
  it('takes a quarter-starting month as a number or as the form posts it', () => {
    for (const month of [1, 4, 7, 10, '1', '04', ' 7 ', '10']) expect(withMonth(month).data?.fiscalStartMonth).toBe(Number(month))
  })

  it('refuses other months and anything a loose number coercion would let through, with one message', () => {
    for (const month of [2, 12, 0, '13', '0x4', '4.0', '1e1', true, '', ' ', null, [4], 'April']) {
      const result = withMonth(month)
      expect(result.success, String(month)).toBe(false)
      expect(result.error?.issues.map((i) => i.message)).toEqual(['Choose January, April, July or October.'])
    }
  })
})
