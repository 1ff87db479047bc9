import { createHmac, randomUUID } from 'node:crypto'

/** Requests signed exactly as each provider signs its deliveries, for tests, the browser test and the bench. */
const hmac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex')

export function githubRequest(url: string, event: string, payload: unknown, secret: string): Request {
  const body = JSON.stringify(payload)
  return new Request(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${hmac(secret, body)}`,
    },
  })
}

export function gitlabRequest(url: string, event: string, payload: unknown, token: string): Request {
  return new Request(url, {
    method: 'POST',
    body: JSON.stringify(payload),
    headers: { 'content-type': 'application/json', 'x-gitlab-event': event, 'x-gitlab-token': token },
  })
}

/** PagerDuty signs with every active secret during a rotation: one "v1=" entry each. */
export function pagerdutyRequest(url: string, payload: unknown, secrets: readonly string[]): Request {
  const body = JSON.stringify(payload)
  const signature = secrets.map((s) => `v1=${hmac(s, body)}`).join(',')
  return new Request(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-pagerduty-signature': signature, 'x-webhook-id': randomUUID() },
  })
}
