import type { ApiErrorBody } from '@/lib/validation/api-error-body'

/**
 * Reads an events API body: one JSON array of items, or NDJSON (one item per line), as Four Keys'
 * and DevLake's webhooks accept either. Limits are enforced while reading the stream, so a client
 * that lies about (or omits) Content-Length cannot make the server buffer more than the limit.
 */
export interface BatchLimits {
  maxBytes: number
  maxItems: number
}

/** 5 MB holds 1,000 deployments with dozens of commits each; 5,000 items is five bench batches. */
export const DEFAULT_LIMITS: BatchLimits = { maxBytes: 5 * 1024 * 1024, maxItems: 5000 }

export type BatchBody = { ok: true; items: unknown[] } | { ok: false; status: 400 | 413; body: ApiErrorBody }

const NDJSON_TYPES = /ndjson|jsonl|json-seq|x-json-stream/i

function refuse(status: 400 | 413, error: string, problem: string, where: { index?: number; line?: number } = {}): BatchBody {
  return { ok: false, status, body: { error, problem, ...where } }
}

function tooLarge(limits: BatchLimits): BatchBody {
  return refuse(413, 'body too large', `A batch body may hold at most ${limits.maxBytes} bytes; split it into smaller batches.`)
}

function tooMany(limits: BatchLimits): BatchBody {
  return refuse(413, 'too many items', `A batch may hold at most ${limits.maxItems} items; split it into smaller batches.`)
}

/** The body's bytes, or null once more than maxBytes have arrived (the rest is not read). */
export async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function parseNdjson(text: string, limits: BatchLimits): BatchBody {
  const items: unknown[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line === '') continue
    if (items.length >= limits.maxItems) return tooMany(limits)
    try {
      items.push(JSON.parse(line))
    } catch (error) {
      const problem = `not valid JSON (${error instanceof Error ? error.message : String(error)})`
      return refuse(400, 'invalid JSON', problem, { index: items.length, line: i + 1 })
    }
  }
  return { ok: true, items }
}

function parseArray(text: string, limits: BatchLimits): BatchBody {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return refuse(400, 'invalid JSON', `not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!Array.isArray(value)) return refuse(400, 'invalid body', 'Send a JSON array of items, or NDJSON (one item per line).')
  if (value.length > limits.maxItems) return tooMany(limits)
  return { ok: true, items: value }
}

/** The items of a request body, or the 400/413 answer; the format comes from Content-Type or the first character. */
export async function readBatch(request: Request, limits: BatchLimits = DEFAULT_LIMITS): Promise<BatchBody> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limits.maxBytes) return tooLarge(limits)
  if (!request.body) return refuse(400, 'empty body', 'Send a JSON array of items, or NDJSON (one item per line).')
  const bytes = await readLimited(request.body, limits.maxBytes)
  if (!bytes) return tooLarge(limits)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(400, 'invalid body', 'The body is not UTF-8 text.')
  }
  const first = /\S/.exec(text)?.[0]
  if (first === undefined) return refuse(400, 'empty body', 'Send a JSON array of items, or NDJSON (one item per line).')
  const ndjson = NDJSON_TYPES.test(request.headers.get('content-type') ?? '') || first !== '['
  return ndjson ? parseNdjson(text, limits) : parseArray(text, limits)
}
