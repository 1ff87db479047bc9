import { CATALOGUE } from '@/lib/metrics/catalogue'
import type { FigureRow } from '@/lib/db/queries/figures'
import { figureSourceText } from '@/lib/metrics/figure-source-text'

export interface FiguresBody {
  quarter: string
  scope: string
  figures: { key: string; value: number | null; n: number | null; source: string }[]
}

const ORDER = new Map(CATALOGUE.map((m, i) => [m.key, i]))

/**
 * GET /api/v1/figures: every stored figure of the quarter and scope, in catalogue order, in the
 * catalogue's unit (percentages 0–100). A blank figure is null, never 0; keys the catalogue no
 * longer has are left out.
 */
export function figuresBody(quarter: string, scopeSlug: string, rows: readonly FigureRow[]): FiguresBody {
  const figures = rows
    .filter((r) => ORDER.has(r.metricKey))
    .sort((a, b) => (ORDER.get(a.metricKey) ?? 0) - (ORDER.get(b.metricKey) ?? 0))
    .map((r) => ({ key: r.metricKey, value: r.value, n: r.n, source: figureSourceText(r.source, r.sourceRef) }))
  return { quarter, scope: scopeSlug, figures }
}
