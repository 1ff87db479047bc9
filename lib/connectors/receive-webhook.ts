import { decryptConnectionSecret } from '@/lib/auth/connection-secret'
import { readLimited } from '@/lib/api/parse-batch'
import { shortApiJson } from '@/lib/api/responses'
import { getReceivingConnection, type ReceivingConnection } from '@/lib/db/queries/connector-lookups'
import { noteArrival } from '@/lib/db/jobs/arrivals'
import { kickDeliveryQueue } from '@/lib/db/jobs/delivery-queue-job'
import { recordDelivery, type DeliveryOutcome } from '@/lib/db/services/connector-records'
import { enqueueDelivery } from '@/lib/db/services/delivery-intake'
import { isConnectionProvider } from '@/lib/validation/connection-schema'
import { translateGithub } from './github'
import { translateGitlab } from './gitlab'
import { translatePagerduty } from './pagerduty'
import type { Translation } from './plan'
import { encodePlan } from './plan-json'
import { githubSignatureValid, gitlabTokenValid, pagerdutySignatureValid } from './signatures'

/**
 * A delivery body may be this large. GitHub caps payloads at 25 MB, but a push or deployment body
 * is a few kilobytes to a few hundred; 5 MB is the events API's limit too.
 */
export const WEBHOOK_MAX_BYTES = 5 * 1024 * 1024

function eventHeader(provider: string, headers: Headers): string {
  if (provider === 'github') return headers.get('x-github-event') ?? 'unknown'
  if (provider === 'gitlab') return headers.get('x-gitlab-event') ?? 'unknown'
  return 'unknown'
}

function signatureValid(c: ReceivingConnection, body: Buffer, headers: Headers, secret: string): boolean {
  if (c.provider === 'github') return githubSignatureValid(body, headers.get('x-hub-signature-256'), secret)
  if (c.provider === 'gitlab') return gitlabTokenValid(headers.get('x-gitlab-token'), secret)
  return pagerdutySignatureValid(body, headers.get('x-pagerduty-signature'), secret)
}

function translate(c: ReceivingConnection, headers: Headers, json: unknown): Translation {
  if (c.provider === 'github') return translateGithub(headers.get('x-github-event') ?? 'unknown', json, c.rules, c.id)
  if (c.provider === 'gitlab') return translateGitlab(json, c.rules, c.id)
  return translatePagerduty(json, c.rules, c.id)
}

async function answer(
  c: ReceivingConnection,
  status: number,
  line: { eventType: string; outcome: DeliveryOutcome; reason: string; sourceId: string | null },
) {
  await recordDelivery(c.id, line)
  return shortApiJson({ outcome: line.outcome, reason: line.reason }, status)
}

const notFound = () => shortApiJson({ error: 'not found', problem: 'No active connection has this address.' }, 404)

/**
 * POST /api/v1/webhooks/<provider>/<connection id>. The connection is named by the address and
 * proven by the provider's signature or token, checked over the raw bytes before anything is parsed;
 * a refused delivery stores nothing but its line in the delivery log (never the body). A delivery the
 * app reads is translated here and queued (its log line, outcome `queued`, holds the plan), then
 * answered 200 once that has committed: durably stored, so nothing acknowledged is lost, and applied
 * moments later by the delivery queue (process-deliveries.ts) in batches. The provider retries
 * anything not answered 200.
 */
export async function receiveWebhook(request: Request, provider: string, connectionId: string): Promise<Response> {
  if (!isConnectionProvider(provider)) return notFound()
  noteArrival()
  const c = await getReceivingConnection(connectionId)
  // A wrong provider in the address is the same as no connection: the address is the credential's name.
  if (!c || c.provider !== provider) return notFound()
  const eventType = eventHeader(provider, request.headers)
  const refuse = (status: number, reason: string) => answer(c, status, { eventType, outcome: 'refused', reason, sourceId: null })
  if (c.paused) return refuse(404, 'the connection is paused')

  const declared = Number(request.headers.get('content-length') ?? '0')
  const bytes = declared > WEBHOOK_MAX_BYTES || !request.body ? null : await readLimited(request.body, WEBHOOK_MAX_BYTES)
  if (bytes === null && (declared > WEBHOOK_MAX_BYTES || request.body)) return refuse(413, `the body is over ${WEBHOOK_MAX_BYTES} bytes`)
  const body = Buffer.from(bytes ?? new Uint8Array())

  const secret = decryptConnectionSecret(c.secretEncrypted)
  if (secret === null) return refuse(401, "the connection's secret cannot be read with this server secret; create the connection again")
  if (!signatureValid(c, body, request.headers, secret)) {
    return refuse(401, provider === 'gitlab' ? 'the X-Gitlab-Token does not match the secret' : 'the signature does not match the secret')
  }

  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    return refuse(400, 'the body is not JSON (the content type must be application/json)')
  }
  const translation = translate(c, request.headers, json)
  const line = { eventType: translation.eventType, sourceId: translation.sourceId }
  if ('malformed' in translation) return answer(c, 400, { ...line, outcome: 'refused', reason: translation.malformed })
  const { plan } = translation
  if (plan.kind === 'ignore') return answer(c, 200, { ...line, outcome: 'ignored', reason: plan.reason })
  const delivery = await enqueueDelivery({ connectionId: c.id, ...line, plan: encodePlan(plan) })
  kickDeliveryQueue()
  return shortApiJson({ outcome: 'queued', reason: 'stored durably; it is applied in a moment (see the delivery log)', delivery }, 200)
}
