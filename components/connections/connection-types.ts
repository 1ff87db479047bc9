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
}
