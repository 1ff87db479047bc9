import { severityOf, type ConnectionRules } from '@/lib/validation/connection-rules'
import { at, idAt, textAt } from './json-path'
import { ignore, malformed, type Plan, type Translation } from './plan'
import { providerTime } from './provider-time'

type Change = Extract<Plan, { kind: 'incident' }>['change']

/** A PagerDuty v3 webhook (one event per delivery, in `event`) as a plan. */
export function translatePagerduty(body: unknown, rules: ConnectionRules, connectionId: string): Translation {
  const event = at(body, 'event')
  const eventType = textAt(event, 'event_type') ?? 'unknown'
  const data = at(event, 'data')
  const base = { eventType, sourceId: textAt(data, 'service', 'id') }
  if (!eventType.startsWith('incident.') || textAt(event, 'resource_type') !== 'incident')
    return { ...base, ...ignore(`event "${eventType}" is not one the app reads`) }
  const occurredAt = providerTime(textAt(event, 'occurred_at'))
  const id = idAt(data, 'id')
  const openedAt = providerTime(textAt(data, 'created_at'))
  if (!occurredAt || !id || !openedAt)
    return { ...base, ...malformed('incident: event.occurred_at, data.id and data.created_at are required') }
  let change: Change
  switch (eventType) {
    case 'incident.triggered':
      change = { kind: 'open' }
      break
    case 'incident.acknowledged':
      change = { kind: 'acknowledge', at: occurredAt }
      break
    case 'incident.resolved':
      change = { kind: 'resolve', at: occurredAt }
      break
    case 'incident.reopened':
      change = { kind: 'reopen' }
      break
    case 'incident.priority_updated':
      change = { kind: 'severity' }
      break
    default:
      return { ...base, ...ignore(`event "${eventType}" does not change what the app counts`) }
  }
  // Priority (P1…P5) when the account uses priorities, otherwise urgency (high, low).
  const severity = severityOf(rules, textAt(data, 'priority', 'summary'), textAt(data, 'urgency'))
  return { ...base, plan: { kind: 'incident', externalId: `pagerduty:${connectionId}:${id}`, openedAt, severity, change } }
}
