import { request as httpRequest } from 'node:http'

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * One HTTP request sent from a chosen loopback address (127.0.0.2, 127.0.0.3, …; all of 127/8 is the
 * loopback on Linux). The server sees a different socket address per test, so a spec that trips the
 * per-address sign-in limit does not limit every other spec, which all connect from 127.0.0.1.
 */
export function fromAddress(
  localAddress: string,
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  const url = new URL(path, baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, localAddress },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
      },
    )
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/** A JSON sign-in as the app's own page sends it (its origin, JSON), from a chosen address. */
export function signInFrom(
  localAddress: string,
  baseURL: string,
  email: string,
  password: string,
  extra: Record<string, string> = {},
): Promise<RawAnswer> {
  const headers = { 'Content-Type': 'application/json', Origin: new URL(baseURL).origin, ...extra }
  return fromAddress(localAddress, baseURL, 'POST', '/api/auth/login', headers, JSON.stringify({ email, password }))
}
