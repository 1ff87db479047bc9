/**
 * The six categories a CTO is judged on ("Measuring CTO Effectiveness" in the CTO role tutorial).
 * Order here is the order on every screen and in every export.
 */
export const CATEGORIES = [
  {
    key: 'delivery',
    label: 'Product delivery',
    summary: 'Frequency and reliability of releases, time to market, and roadmap commitments kept.',
    owner: 'CTO / VP Product',
  },
  {
    key: 'reliability',
    label: 'System reliability',
    summary: 'Uptime, incident response times and mean time to recovery.',
    owner: 'VP Engineering / SRE',
  },
  {
    key: 'velocity',
    label: 'Engineering velocity',
    summary: 'Throughput measured by the DORA metrics.',
    owner: 'VP Engineering',
  },
  {
    key: 'security',
    label: 'Security posture',
    summary: 'Number and severity of incidents, audit results and compliance status.',
    owner: 'CISO',
  },
  {
    key: 'talent',
    label: 'Talent retention',
    summary: 'Attrition, employee satisfaction and the ability to attract candidates.',
    owner: 'HR partner',
  },
  {
    key: 'business',
    label: 'Business impact',
    summary: 'Revenue from technology, savings from automation and partnerships enabled.',
    owner: 'Finance',
  },
] as const

export type CategoryKey = (typeof CATEGORIES)[number]['key']
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_KEYS: readonly CategoryKey[] = CATEGORIES.map((c) => c.key)

export function isCategoryKey(value: string): value is CategoryKey {
  return (CATEGORY_KEYS as readonly string[]).includes(value)
}

export function getCategory(key: CategoryKey): Category {
  const category = CATEGORIES.find((c) => c.key === key)
  if (!category) throw new Error(`Unknown category: ${key}`)
  return category
}
