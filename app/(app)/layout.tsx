import Link from 'next/link'
import { Suspense, type ReactNode } from 'react'
import { NavLinks } from '@/components/layout/nav-links'
import { ScopeQuarterPickerFromUrl } from '@/components/layout/scope-quarter-picker-from-url'
import { fiscalLabel, quarterOf, quartersEnding, addQuarters } from '@/lib/metrics/quarters'
import { resolveQuarter } from '@/lib/page-params'
import { getSettings } from '@/lib/db/queries/settings'
import { listTeams } from '@/lib/db/queries/teams'

export const dynamic = 'force-dynamic'

/** The signed-in shell: brand, navigation, and the quarter and scope pickers. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const [settings, teams, fallback] = await Promise.all([getSettings(), listTeams(), resolveQuarter(undefined)])
  const current = quarterOf(new Date(), settings.timeZone)
  // Offer five years back and the next quarter, so targets can be set ahead.
  const quarters = quartersEnding(addQuarters(current, 1), 21)
    .reverse()
    .map((q) => ({ value: q, label: fiscalLabel(q, settings.fiscalStartMonth) }))
  const scopes = [{ value: 'org', label: settings.orgName }, ...teams.map((t) => ({ value: t.slug, label: t.name }))]
  return (
    <div className="min-h-screen">
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            CTO Scorecard
          </Link>
          <nav aria-label="Main">
            <Suspense>
              <NavLinks quarter={fallback} scope="org" />
            </Suspense>
          </nav>
        </div>
      </header>
      <div className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-7xl px-4 py-2">
          <Suspense>
            <ScopeQuarterPickerFromUrl quarters={quarters} scopes={scopes} fallback={fallback} />
          </Suspense>
        </div>
      </div>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </div>
  )
}
