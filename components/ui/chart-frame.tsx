import type { ReactNode } from 'react'

/**
 * A chart with an accessible name and a data-table alternative. The picture is hidden from
 * assistive technology (role="img" with a label) and the table carries the same numbers.
 */
export function ChartFrame({
  title,
  children,
  table,
  height = 280,
}: {
  title: string
  children: ReactNode
  table: ReactNode
  height?: number
}) {
  return (
    <figure className="w-full">
      {/* Clipped: until the chart measures its box, it is drawn at a default width that can be wider than a phone. */}
      <div role="img" aria-label={title} style={{ height }} className="w-full overflow-hidden">
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-700">Show data table: {title}</summary>
        <div className="relative mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  )
}
