import type { ReportFigure, ReportModel } from './report-types'
import type { CellValue } from './spreadsheet-safe'

/** The columns of every figure export (CSV, and each XLSX figure sheet), in order. */
export const FIGURE_COLUMNS = [
  'quarter',
  'scope',
  'category',
  'metric key',
  'label',
  'value',
  'unit',
  'n',
  'target',
  'score',
  'status',
  'source',
  'updated at',
  'target note',
  'published value',
  'restatement reason',
  'quarter status',
  'demo data',
] as const

export type FigureColumn = (typeof FIGURE_COLUMNS)[number]

/**
 * One figure as export cells, typed: numbers stay numbers (raw stored values, full precision, so a
 * spreadsheet can compute with them), a missing value is null (an empty cell, never 0). The score is
 * the whole number every other renderer shows (rounded down), not the raw mean, so the CSV agrees
 * with the PDF to the point. Times are ISO 8601 in UTC. A restated figure carries the value first
 * published and the reason beside its current value; every row says whether its quarter is still
 * in progress and whether it is demo data, so a row read alone is never mistaken for a final figure.
 */
export function figureCells(meta: ReportModel['meta'], f: ReportFigure): Record<FigureColumn, CellValue> {
  return {
    quarter: meta.quarter,
    scope: meta.scopeName,
    category: f.categoryLabel,
    'metric key': f.key,
    label: f.label,
    value: f.value,
    unit: f.unitLabel,
    n: f.n,
    target: f.target,
    score: f.score === null ? null : Number(f.scoreText),
    status: f.statusText,
    source: f.source,
    'updated at': f.updatedAt,
    'target note': f.target !== null && !f.targetScored ? 'not scored' : null,
    'published value': f.restatement ? f.restatement.publishedValue : null,
    'restatement reason': f.restatement?.reason ?? null,
    'quarter status': meta.inProgress ? `${meta.inProgress.text} (provisional)` : 'ended',
    'demo data': meta.demo ? 'demo data' : null,
  }
}
