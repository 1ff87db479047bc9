import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { requirePagePermission } from '@/lib/request/current-user'
import { countQueuedDeliveries, listConnections, listDeliveries } from '@/lib/db/queries/connections'
import { getSettings } from '@/lib/db/queries/settings'
import { listTeams } from '@/lib/db/queries/teams'
import { listIncidentLinks, type IncidentLinkRow } from '@/lib/db/queries/incident-links'
import { webhookPath } from '@/lib/db/services/connections'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { ConnectionCard } from '@/components/connections/connection-card'
import type { ConnectionListItem, IncidentLinkItem } from '@/components/connections/connection-types'
import { CreateConnectionForm } from '@/components/connections/create-connection-form'
import {
  createConnectionAction,
  deleteConnectionAction,
  editConnectionAction,
  mapSourceAction,
  saveConnectionRulesAction,
  setIncidentLinkAction,
} from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Connections' }

function originText(i: IncidentLinkRow): string {
  if (i.origin === 'person') return i.causedBy ? `linked by ${i.setBy}` : `link removed by ${i.setBy}`
  if (i.origin === 'rule') return 'linked by rule'
  if (i.origin === 'event') return 'named by the event'
  return 'not linked'
}

function incidentItem(i: IncidentLinkRow, format: Intl.DateTimeFormat): IncidentLinkItem {
  const { externalId: id, severity, teamName: team, causedBy } = i
  return { id, opened: format.format(i.openedAt), severity, team, causedBy, origin: originText(i) }
}

export default async function ConnectionsPage() {
  await requirePagePermission({ do: 'manage-connections' })
  const [connections, settings, teams, h] = await Promise.all([listConnections(), getSettings(), listTeams(), headers()])
  // The URL a provider must call: this server as the browser reached it.
  const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}`
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: settings.timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  const items: ConnectionListItem[] = await Promise.all(
    connections.map(async (c) => ({
      id: c.id,
      provider: c.provider,
      name: c.name,
      paused: c.paused,
      url: `${origin}${webhookPath(c.provider, c.id)}`,
      rules: c.rules,
      mappings: c.mappings.map((m) => ({ sourceId: m.sourceId, team: m.teamName })),
      deliveries: (await listDeliveries(c.id)).map((d) => ({
        id: d.id,
        received: format.format(d.receivedAt),
        eventType: d.eventType,
        outcome: d.outcome,
        reason: d.reason,
        sourceId: d.sourceId,
      })),
      queued: await countQueuedDeliveries(c.id),
      incidents: c.provider === 'github' ? [] : (await listIncidentLinks(c.provider)).map((i) => incidentItem(i, format)),
    })),
  )
  const actions = {
    edit: editConnectionAction,
    remove: deleteConnectionAction,
    map: mapSourceAction,
    rules: saveConnectionRulesAction,
    link: setIncidentLinkAction,
  }
  return (
    <>
      <PageHeader
        title="Connections"
        description="GitHub, GitLab and PagerDuty send their webhooks here; deployments, changes and incidents then fill the DORA and reliability figures by themselves."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Add a connection</h2>
          <CreateConnectionForm action={createConnectionAction} origin={origin} />
        </Card>
        {items.length === 0 ? (
          <EmptyState title="No connections yet">Add one above for each GitHub organisation, GitLab group or PagerDuty account.</EmptyState>
        ) : (
          items.map((c) => <ConnectionCard key={c.id} c={c} teams={teams.map((t) => ({ slug: t.slug, name: t.name }))} actions={actions} />)
        )}
      </div>
    </>
  )
}
