import Link from 'next/link'
import type { ComparisonCell } from '@/lib/metrics/team-comparison'
import { ChangeIndicator } from '@/components/scorecard/change-indicator'
import { heatClass, STATUS_MARKS } from './heat'

/** One score of the comparison: the number, its status in words and shape, the change; the whole cell links on. */
export function HeatCell({ cell, href, previousLabel }: { cell: ComparisonCell; href: string; previousLabel: string }) {
  return (
    <td className={`p-0 align-top ${heatClass(cell.status)}`}>
      {/* Text is dark on every tint: status colours on a tinted cell fall below 4.5:1 contrast, and the
          tint, the mark and the words already say the status. */}
      <Link
        href={href}
        className="block h-full px-3 py-2 text-slate-900 hover:bg-white/40 focus-visible:outline-2 focus-visible:outline-blue-700 [&_*]:text-slate-900"
      >
        <span className="block text-lg font-semibold text-slate-900 tabular-nums">{cell.scoreText}</span>
        <span className="block text-xs font-semibold whitespace-nowrap">
          {cell.status ? <span aria-hidden="true">{STATUS_MARKS[cell.status]} </span> : null}
          {cell.statusText}
        </span>
        <span className="block text-xs">
          <ChangeIndicator
            text={cell.changeText}
            sign={cell.direction === 'better' ? 1 : cell.direction === 'worse' ? -1 : 0}
            direction={cell.direction}
            against={previousLabel}
            compact
          />
        </span>
      </Link>
    </td>
  )
}
