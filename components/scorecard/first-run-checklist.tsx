import Link from 'next/link'
import { Card } from '@/components/ui/card'
import type { ActionState } from '@/lib/actions/action-state'
import { DismissFirstRun } from './dismiss-first-run'
import type { FirstRunItem } from './first-run-items'

/** The first-run checklist: each step ticked from what the data shows, with the way to do it. */
export function FirstRunChecklist({ items, dismiss }: { items: FirstRunItem[]; dismiss: () => Promise<ActionState> }) {
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
              {item.links.map((link) => (
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
