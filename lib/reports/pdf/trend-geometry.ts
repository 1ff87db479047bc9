/** A plot area inside a chart of `width` × `height`, with room left and below for axis labels. */
export interface ChartBox {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
}

export interface TrendGeometry {
  /** One polyline "x,y x,y …" per unbroken run of quarters with a score: a missing quarter is a gap. */
  runs: string[]
  dots: { x: number; y: number }[]
  /** The target line, in the same runs form (a quarter without a target is a gap too). */
  targetRuns: string[]
  /** x of each quarter, for its axis label. */
  xs: number[]
  yTicks: { value: number; y: number }[]
  plot: { x0: number; x1: number; y0: number; y1: number }
}

const round = (v: number) => Math.round(v * 10) / 10

function runsOf(
  values: readonly (number | null)[],
  xOf: (i: number) => number,
  yOf: (v: number) => number,
): { runs: string[]; dots: { x: number; y: number }[] } {
  const runs: string[] = []
  const dots: { x: number; y: number }[] = []
  let run: string[] = []
  values.forEach((value, i) => {
    if (value === null) {
      if (run.length > 0) runs.push(run.join(' '))
      run = []
      return
    }
    const point = { x: xOf(i), y: yOf(value) }
    run.push(`${point.x},${point.y}`)
    dots.push(point)
  })
  if (run.length > 0) runs.push(run.join(' '))
  return { runs, dots }
}

/**
 * Lays a 0–100 score series and its target out in a chart box, on a fixed 0–100 scale so that
 * sections compare at a glance. A quarter without a score is a gap in the line, never a 0. Pure,
 * so the picture can be tested without rendering a PDF.
 */
export function trendGeometry(points: readonly { value: number | null; target: number | null }[], box: ChartBox): TrendGeometry {
  const x0 = box.left
  const x1 = box.width - box.right
  const y0 = box.top
  const y1 = box.height - box.bottom
  // Half a step of inset on each side, so the first and last labels sit under their points.
  const step = (x1 - x0) / Math.max(1, points.length)
  const xOf = (i: number) => round(x0 + step * (i + 0.5))
  const yOf = (v: number) => round(y1 - (Math.min(100, Math.max(0, v)) / 100) * (y1 - y0))
  const scores = runsOf(
    points.map((p) => p.value),
    xOf,
    yOf,
  )
  const targets = runsOf(
    points.map((p) => p.target),
    xOf,
    yOf,
  )
  return {
    runs: scores.runs,
    dots: scores.dots,
    targetRuns: targets.runs,
    xs: points.map((_, i) => xOf(i)),
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value) })),
    plot: { x0, x1, y0, y1 },
  }
}
