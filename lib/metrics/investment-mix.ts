/**
 * The investment mix: three Business impact shares of engineering time that together make up the whole
 * of it. They are entered as percentages that must add up to 100, with one point of slack either way
 * because people round each share on its own (33 / 33 / 33 is an honest 99).
 */
export const MIX_KEYS = ['investment_new_value_pct', 'investment_ktlo_pct', 'investment_tech_debt_pct'] as const
export type MixKey = (typeof MIX_KEYS)[number]

export const MIX_TOTAL = 100
export const MIX_TOLERANCE = 1

export function isMixKey(key: string): key is MixKey {
  return (MIX_KEYS as readonly string[]).includes(key)
}

/** The sum of the shares, rounded to a tenth so that 33.3 + 33.3 + 33.4 reads as 100, not 100.00000000000001. */
export function mixSum(shares: readonly number[]): number {
  return Math.round(shares.reduce((a, b) => a + b, 0) * 10) / 10
}

/** Whether a sum of shares is a whole: 99 to 101 inclusive. */
export function mixAddsUp(sum: number): boolean {
  return Math.abs(sum - MIX_TOTAL) <= MIX_TOLERANCE + 1e-9
}

export const MIX_RULE = `The three shares of engineering time must add up to ${MIX_TOTAL} (± ${MIX_TOLERANCE}).`

/**
 * What is wrong with one scope and quarter's shares, or null when nothing is. Blank shares (null) are
 * "no data": all three blank is fine, but once one is given all three must be, or the mix is not a
 * whole and its sum means nothing.
 */
export function mixProblem(
  shares: Readonly<Record<MixKey, number | null | undefined>>,
  labels: Readonly<Record<MixKey, string>>,
): string | null {
  const given = MIX_KEYS.filter((k) => shares[k] !== null && shares[k] !== undefined)
  if (given.length === 0) return null
  const missing = MIX_KEYS.filter((k) => !given.includes(k))
  if (missing.length > 0) {
    return `${MIX_RULE} Give ${missing.map((k) => labels[k].toLowerCase()).join(' and ')} too, or clear all three.`
  }
  const sum = mixSum(MIX_KEYS.map((k) => shares[k] as number))
  return mixAddsUp(sum) ? null : `${MIX_RULE} These add up to ${sum}.`
}

/** Points lost per percentage point a share is off its target share, either way. */
export const MIX_PER_POINT = 4

/**
 * A share against its target share: on target scores 100, and each percentage point off it, above or
 * below, costs 4 points. So 5 points off scores 80 (on track), 12.5 off scores 50 (at risk) and 25 or
 * more off scores 0. Too much time on new capabilities is as much off the plan as too little: the
 * shares are a mix, and one share's excess is another's shortfall.
 */
export function mixShareScore(value: number, target: number): number {
  return Math.min(100, Math.max(0, 100 - MIX_PER_POINT * Math.abs(value - target)))
}

export const MIX_SCORE_RULE = `on its target share scores 100; each percentage point off it, either way, costs ${MIX_PER_POINT}`
