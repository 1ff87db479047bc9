'use client'

import Link from 'next/link'
import { Card } from '@/components/ui/card'
import type { ActionState } from '@/lib/actions/action-state'
import type { FirstRunProgress } from '@/lib/db/queries/first-run'
import { DismissFirstRun } from './dismiss-first-run'
import { firstRunItems } from './first-run-items'

/**
 * The first-run checklist: each step ticked from what the data shows, with the way to do the steps
 * left (a done step needs no way there). A client component so that the page's component payload
 * carries six yes/no answers instead of a second copy of the list's markup; it holds no state.
 */
export function FirstRunChecklist({
  progress,
  quarter,
  dismiss,
}: {
  progress: FirstRunProgress
  /** The scorecard's quarter, where the entry and import links lead. */
  quarter: string
  dismiss: () => Promise<ActionState>
}) {
  const items = firstRunItems(progress, quarter)
  const done = items.filter((i) => i.done).length
  return (
    <Card className="mb-6">
      <section aria-labelledby="first-run-heading">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="first-run-heading" className="text-lg font-semibold">
              Getting started
            </h2>
            <p className="text-sm text-slate-600">
              {done} of {items.length} steps done. Each step is ticked when the app sees it done.
            </p>
          </div>
          <DismissFirstRun action={dismiss} />
        </div>
        <ol className="mt-3 space-y-2 text-sm">
          {items.map((item) => (
            <li key={item.label} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span aria-hidden="true" className={item.done ? 'text-green-700' : 'text-slate-400'}>
                {item.done ? '✓' : '○'}
              </span>
              <span className={item.done ? 'text-slate-500 line-through' : 'font-medium text-slate-900'}>
                {item.label}
                <span className="sr-only">{item.done ? ' (done)' : ' (to do)'}</span>
              </span>
              {item.done
                ? null
                : item.links.map((link) => (
                    <Link key={link.href} href={link.href} className="text-blue-700 underline hover:text-blue-900">
                      {link.text}
                    </Link>
                  ))}
            </li>
          ))}
        </ol>
      </section>
    </Card>
  )
}
