import type { ConnectionRow, DeliveryRow } from '@/lib/db/queries/connections'

import { CliError, fieldErrorsLine } from '../cli-error'
import type { CliCommand } from '../command'

function connectionJson(c: ConnectionRow, webhookPath: string) {
  return {
    id: c.id,
    provider: c.provider,
    name: c.name,
    paused: c.paused,
    webhookPath,
    rules: c.rules,
    mappings: c.mappings.map((m) => ({ source: m.sourceId, team: m.teamSlug })),
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    lastDeliveryAt: c.lastDeliveryAt?.toISOString() ?? null,
  }
}

function deliveryJson(d: DeliveryRow) {
  return { receivedAt: d.receivedAt.toISOString(), eventType: d.eventType, outcome: d.outcome, reason: d.reason, source: d.sourceId }
}

export const createConnectionCommand: CliCommand = {
  name: 'create-connection',
  usage: 'create-connection --provider github|gitlab|pagerduty --name N [--secret S]',
  summary:
    'Creates a webhook connection; prints its id and webhook path on one line, then its secret alone on the last line (shown only this once).',
  flags: { required: ['provider', 'name'], optional: ['secret'] },
  async run({ flags, actor }) {
    const { createConnection } = await import('@/lib/db/services/connections')
    const result = await createConnection({ provider: flags.provider, name: flags.name, secret: flags.secret }, actor)
    if (!result.ok) throw new CliError(fieldErrorsLine(result.fieldErrors))
    // The secret alone on the last line, so `… | tail -n 1` captures it.
    return {
      lines: [`${result.id}\t${result.webhookPath}`, result.secret],
      json: { id: result.id, provider: result.provider, name: result.name, webhookPath: result.webhookPath, secret: result.secret },
    }
  },
}

export const mapSourceCommand: CliCommand = {
  name: 'map-source',
  usage: 'map-source --connection ID --source <owner/repo | group/project | PagerDuty service id> --team SLUG',
  summary: "Counts a repository, project or PagerDuty service's events for a team (unmapped ones count for the organisation only).",
  flags: { required: ['connection', 'source', 'team'], optional: [] },
  async run({ flags, actor }) {
    const { mapSource } = await import('@/lib/db/services/connections')
    const result = await mapSource({ connectionId: flags.connection, sourceId: flags.source, team: flags.team }, actor)
    if (!result.ok) {
      const { connectionId, sourceId, ...rest } = result.fieldErrors
      throw new CliError(
        fieldErrorsLine({ ...rest, ...(connectionId ? { connection: connectionId } : {}), ...(sourceId ? { source: sourceId } : {}) }),
      )
    }
    return {
      lines: [`${flags.source} → ${flags.team}`],
      json: { connection: flags.connection, source: flags.source, team: flags.team, teamId: result.teamId },
    }
  },
}

export const listConnectionsCommand: CliCommand = {
  name: 'list-connections',
  usage: 'list-connections',
  summary: 'One line per webhook connection: id, provider, status, webhook path, name (tab-separated). Never the secret.',
  flags: { required: [], optional: [] },
  async run() {
    const { listConnections } = await import('@/lib/db/queries/connections')
    const { webhookPath } = await import('@/lib/db/services/connections')
    const rows = await listConnections()
    const lines = rows.map((c) => [c.id, c.provider, c.paused ? 'paused' : 'active', webhookPath(c.provider, c.id), c.name].join('\t'))
    return {
      lines: lines.length > 0 ? lines : ['No connections yet.'],
      json: rows.map((c) => connectionJson(c, webhookPath(c.provider, c.id))),
    }
  },
}

export const listDeliveriesCommand: CliCommand = {
  name: 'list-deliveries',
  usage: 'list-deliveries --connection ID',
  summary:
    "The connection's last 200 deliveries, newest first: time, event type, outcome, reason (tab-separated); first, how many are queued.",
  flags: { required: ['connection'], optional: [] },
  async run({ flags }) {
    const { connectionExists, countQueuedDeliveries, listDeliveries } = await import('@/lib/db/queries/connections')
    if (!(await connectionExists(flags.connection))) throw new CliError('--connection: No connection has this id.')
    const rows = await listDeliveries(flags.connection)
    const queued = await countQueuedDeliveries(flags.connection)
    const lines = rows.map((d) => [d.receivedAt.toISOString(), d.eventType, d.outcome, d.reason].join('\t'))
    // Queued: acknowledged and stored; the server's delivery queue applies them within moments.
    const depth = queued > 0 ? [`${queued} queued (stored, waiting for the server to apply them)`] : []
    return { lines: lines.length > 0 ? [...depth, ...lines] : ['No deliveries yet.'], json: rows.map(deliveryJson) }
  },
}

export const CONNECTION_COMMANDS = [createConnectionCommand, mapSourceCommand, listConnectionsCommand, listDeliveriesCommand]
