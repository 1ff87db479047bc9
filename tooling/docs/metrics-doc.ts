import { CATEGORIES } from '@/lib/metrics/categories'
import { metricsInCategory, type Direction, type MetricDef } from '@/lib/metrics/catalogue'
import { UNITS } from '@/lib/metrics/units'
import { ROLLUP_RULE_TEXT } from '@/lib/metrics/team-rollup'

// docs/metrics.md, the metric reference that ships with the product, is this function's output
// (`npm run docs:metrics` writes it); a unit test fails when the file and the catalogue disagree.

const ROLLUP_WORDS: Record<MetricDef['rollup'], string> = { sum: 'sum', 'weighted-mean': 'n-weighted mean', none: 'none' }

const DIRECTION_WORDS: Record<Direction, string> = {
  up: '↑ higher is better',
  down: '↓ lower is better',
  target: '◎ closest to its target share',
  none: 'context only',
}

/** A table cell: a pipe would end the cell and a line break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

function row(m: MetricDef): string {
  const cells = [
    `\`${m.key}\``,
    m.label,
    m.definition,
    UNITS[m.unit].label,
    DIRECTION_WORDS[m.direction],
    m.formula,
    ROLLUP_WORDS[m.rollup],
    m.source,
  ]
  return `| ${cells.map(cell).join(' | ')} |`
}

/** The whole reference as Markdown: one table per category, in the order every screen uses. */
export function renderMetricsDoc(): string {
  const sections = CATEGORIES.map((category) =>
    [
      `## ${category.label}`,
      '',
      '| key | metric | definition | unit | direction | formula | team roll-up | source |',
      '|---|---|---|---|---|---|---|---|',
      ...metricsInCategory(category.key).map(row),
    ].join('\n'),
  )
  return [
    '# Metric reference',
    '',
    'Every figure the scorecard tracks: what it means, its unit, which way is better, how it is computed and',
    "where the definition comes from. The same catalogue (`lib/metrics/catalogue.ts`) drives the app's",
    '**Metrics** page (`/metrics`), the entry form, the scores and the exports; this file is generated from it',
    "by `npm run docs:metrics`. How figures become scores is on the app's **How scores work** page.",
    '',
    '**Team roll-up**: where the organisation has no figure of its own for a metric in a quarter, it shows',
    'and scores its active teams\' figures combined, marked "from K of M teams"; an entered organisation',
    'figure always wins, and where it differs from the roll-up both are shown. Figures computed from events',
    'already count for the organisation and are never rolled up again. The rules:',
    '',
    ...(['sum', 'weighted-mean', 'none'] as const).map((rule) => `- ${ROLLUP_WORDS[rule]}: ${ROLLUP_RULE_TEXT[rule]}`),
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n')
}
