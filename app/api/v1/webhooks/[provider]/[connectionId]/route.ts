import { internalError } from '@/lib/api/responses'
import { receiveWebhook } from '@/lib/connectors/receive-webhook'

export const dynamic = 'force-dynamic'

/**
 * Webhook deliveries from GitHub, GitLab and PagerDuty. No session and no Origin check: a provider
 * sends no cookie, and each delivery authenticates by its signature (or GitLab's token) over the raw
 * body, checked against the connection's secret.
 */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string; connectionId: string }> }) {
  try {
    const { provider, connectionId } = await params
    return await receiveWebhook(request, provider, connectionId)
  } catch (error) {
    return internalError(error)
  }
}
