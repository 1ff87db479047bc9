import { CATALOGUE } from '@/lib/metrics/catalogue'
import type { FigureRow } from '@/lib/db/queries/figures'
import { figureSourceText } from '@/lib/metrics/figure-source-text'
import type { QuarterRollups } from '@/lib/metrics/org-rollups'
import type { TeamRollup } from '@/lib/metrics/team-rollup'

/** The organisation's roll-up of a metric as the API gives it: "from `from` of `of` teams". */
export type BodyRollup = Pick<TeamRollup, 'rule' | 'value' | 'n' | 'from' | 'of'>

export interface FiguresBody {
  quarter: string
  scope: string
  figures: { key: string; value: number | null; n: number | null; source: string; rollup?: BodyRollup }[]
}

/** What the body reads of a figure: a stored one, or the organisation's roll-up standing in for one. */
export type BodyRow = Pick<FigureRow, 'metricKey' | 'value' | 'n' | 'source'> & { sourceRef?: string | null }

const ORDER = new Map(CATALOGUE.map((m, i) => [m.key, i]))

/**
 * GET /api/v1/figures: every figure of the quarter and scope, in catalogue order, in the catalogue's
 * unit (percentages 0–100). A blank figure is null, never 0; keys the catalogue no longer has are left
 * out. For the organisation, a figure with source "teams" is its teams' roll-up, and `rollup` gives
 * the roll-up beside every figure that has one (also an entered figure, which wins over it).
 */
export function figuresBody(quarter: string, scopeSlug: string, rows: readonly BodyRow[], rollups?: QuarterRollups): FiguresBody {
  const figures = rows
    .filter((r) => ORDER.has(r.metricKey))
    .sort((a, b) => (ORDER.get(a.metricKey) ?? 0) - (ORDER.get(b.metricKey) ?? 0))
    .map((r) => {
      const figure = { key: r.metricKey, value: r.value, n: r.n, source: figureSourceText(r.source, r.sourceRef) }
      const rollup = rollups?.get(r.metricKey)
      return rollup
        ? { ...figure, rollup: { rule: rollup.rule, value: rollup.value, n: rollup.n, from: rollup.from, of: rollup.of } }
        : figure
    })
  return { quarter, scope: scopeSlug, figures }
}
