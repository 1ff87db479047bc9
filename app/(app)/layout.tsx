import Link from 'next/link'
import { Suspense, type ReactNode } from 'react'
import { NavLinks } from '@/components/layout/nav-links'
import { MAIN_ID } from '@/components/layout/main-id'
import { QueryProvider } from '@/components/layout/query-provider'
import { ScopeQuarterPickerFromUrl } from '@/components/layout/scope-quarter-picker-from-url'
import { fiscalLabel, quarterOf, quartersEnding, addQuarters } from '@/lib/metrics/quarters'
import { resolveQuarter } from '@/lib/request/page-params'
import { getSettings } from '@/lib/db/queries/settings'
import { listTeams } from '@/lib/db/queries/teams'
import { requirePagePermission } from '@/lib/request/current-user'
import { can } from '@/lib/auth/permissions'
import { ROLE_LABELS } from '@/lib/auth/roles'
import { CATEGORY_KEYS } from '@/lib/metrics/categories'

export const dynamic = 'force-dynamic'

/** The signed-in shell: brand, navigation, and the quarter and scope pickers. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePagePermission({ do: 'read' })
  const [settings, teams, fallback] = await Promise.all([getSettings(), listTeams({ includeArchived: true }), resolveQuarter(undefined)])
  const access = {
    edit: CATEGORY_KEYS.some((category) => can(actor, { do: 'edit-category', category })),
    admin: can(actor, { do: 'manage-users' }),
  }
  const current = quarterOf(new Date(), settings.timeZone)
  // Offer five years back and the next quarter, so targets can be set ahead.
  const quarters = quartersEnding(addQuarters(current, 1), 21)
    .reverse()
    .map((q) => ({ value: q, label: fiscalLabel(q, settings.fiscalStartMonth) }))
  const scopes = [
    { value: 'org', label: settings.orgName },
    ...teams.filter((t) => !t.archived).map((t) => ({ value: t.slug, label: t.name })),
  ]
  // Pages still show an archived team named in the URL; the picker offers it then, marked as such.
  const archivedScopes = teams.filter((t) => t.archived).map((t) => ({ value: t.slug, label: `${t.name} (archived)` }))
  return (
    <div className="min-h-screen">
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            CTO Scorecard
          </Link>
          <nav aria-label="Main">
            <Suspense>
              <NavLinks quarter={fallback} scope="org" access={access} />
            </Suspense>
          </nav>
        </div>
      </header>
      <div className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <Suspense>
            <ScopeQuarterPickerFromUrl quarters={quarters} scopes={scopes} archivedScopes={archivedScopes} fallback={fallback} />
          </Suspense>
          <form action="/api/auth/logout" method="post" className="flex items-center gap-3 text-sm text-slate-600">
            <span>
              Signed in as <span className="font-medium text-slate-900">{actor.name}</span> ({ROLE_LABELS[actor.role]})
            </span>
            <button type="submit" className="rounded-md border border-slate-300 px-2 py-1 text-slate-800 hover:bg-slate-50">
              Sign out
            </button>
          </form>
        </div>
      </div>
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  )
}
