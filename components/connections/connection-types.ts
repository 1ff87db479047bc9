import type { ConnectionRules } from '@/lib/validation/connection-rules'

/** A delivery as the log shows it; the time is already text in the organisation's time zone. */
export interface DeliveryListItem {
  id: number
  received: string
  eventType: string
  outcome: string
  reason: string
  sourceId: string | null
}

export interface ConnectionListItem {
  id: string
  provider: string
  name: string
  paused: boolean
  url: string
  rules: ConnectionRules
  mappings: { sourceId: string; team: string | null }[]
  deliveries: DeliveryListItem[]
  /** Deliveries acknowledged and stored, waiting for the delivery queue to apply them. */
  queued: number
  /** The newest incidents of an incident source (GitLab, PagerDuty); none for GitHub. */
  incidents: IncidentLinkItem[]
}

/** An incident the provider reported, with its link to a deployment and where the link came from. */
export interface IncidentLinkItem {
  id: string
  opened: string
  severity: number
  team: string | null
  causedBy: string | null
  /** "linked by rule", "linked by ann@example.com", "link removed by …", "named by the event" or "not linked". */
  origin: string
}
