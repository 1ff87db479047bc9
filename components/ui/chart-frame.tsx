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
      <div role="img" aria-label={title} style={{ height }} className="w-full">
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-700">Show data table: {title}</summary>
        <div className="relative mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  )
}
