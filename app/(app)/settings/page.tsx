import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { BENCHMARK_SETS } from '@/lib/metrics/benchmarks'
import { FISCAL_START_MONTHS, quarterOf } from '@/lib/metrics/quarters'
import { getSettings } from '@/lib/db/queries/settings'
import { listTeams } from '@/lib/db/queries/teams'
import { hasDemoData } from '@/lib/db/services/remove-demo-data'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { DemoDataSection } from '@/components/settings/demo-data-section'
import { SettingsForm } from '@/components/settings/settings-form'
import { SsoSettingsForm } from '@/components/settings/sso-settings-form'
import { getSsoSetup } from '@/lib/db/queries/sso-settings'
import { redirectUri } from '@/lib/auth/sso/sso-messages'
import { removeDemoDataAction, updateSettingsAction, updateSsoSettingsAction } from './actions'
import { requirePagePermission } from '@/lib/request/current-user'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Settings' }

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })

export default async function SettingsPage() {
  await requirePagePermission({ do: 'manage-settings' })
  const [settings, demo, teams, sso, requestHeaders] = await Promise.all([
    getSettings(),
    hasDemoData(),
    listTeams({ includeArchived: true }),
    getSsoSetup(),
    headers(),
  ])
  const ssoStatus = {
    source: sso.resolved.source,
    hasSavedSecret: sso.sealedSecret !== null,
    redirectUri: redirectUri(requestHeaders),
    problem: sso.resolved.configured ? null : sso.resolved.problem,
  }
  const options = {
    fiscalMonths: FISCAL_START_MONTHS.map((m) => ({ value: m, label: monthName.format(Date.UTC(2000, m - 1, 1)) })),
    benchmarkSets: [...BENCHMARK_SETS].reverse().map((s) => ({ value: s.id, label: s.title })),
    timeZones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')],
    currencies: Intl.supportedValuesOf('currency'),
    exampleQuarter: quarterOf(new Date(), settings.timeZone),
  }
  return (
    <>
      <PageHeader title="Settings" description="Organisation-wide settings. Every change is recorded in the audit trail." />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Organisation</h2>
          <SettingsForm action={updateSettingsAction} settings={settings} options={options} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Single sign-on</h2>
          <SsoSettingsForm action={updateSsoSettingsAction} settings={sso.settings} status={ssoStatus} />
        </Card>
        <Card>
          <h2 id="demo-data" className="mb-3 text-lg font-semibold">
            Demo data
          </h2>
          <DemoDataSection hasDemo={demo} demoTeams={teams.filter((t) => t.isDemo).map((t) => t.name)} action={removeDemoDataAction} />
        </Card>
      </div>
    </>
  )
}
