import { prisma } from '../client'

/** A stored figure as the pages and exports see it. */
export interface FigureRow {
  scope: string
  quarter: string
  metricKey: string
  value: number | null
  n: number | null
  inputs: Record<string, number> | null
  source: string
  sourceRef: string | null
  updatedBy: string | null
  updatedAt: Date
  version: number
}

type StoredFigure = Awaited<ReturnType<typeof prisma.figure.findFirstOrThrow>>

export function toFigureRow(f: StoredFigure): FigureRow {
  return {
    scope: f.scope,
    quarter: f.quarter,
    metricKey: f.metricKey,
    value: f.value,
    n: f.n,
    inputs: f.inputs ? (JSON.parse(f.inputs) as Record<string, number>) : null,
    source: f.source,
    sourceRef: f.sourceRef,
    updatedBy: f.updatedBy,
    updatedAt: f.updatedAt,
    version: f.version,
  }
}

/** Every figure of one scope in the given quarters (one indexed query). */
export async function listFigures(scope: string, quarters: readonly string[]): Promise<FigureRow[]> {
  const rows = await prisma.figure.findMany({ where: { scope, quarter: { in: [...quarters] } } })
  return rows.map(toFigureRow)
}
