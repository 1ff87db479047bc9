import { describe, expect, it } from 'vitest'
import { readBatch } from './parse-batch'

function post(body: BodyInit, contentType = 'application/json', headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/v1/deployments', { method: 'POST', body, headers: { 'content-type': contentType, ...headers } })
}

/** A body that arrives in chunks with no Content-Length, as a chunked upload does. */
function streamed(chunks: string[], pulledCount?: { n: number }): Request {
  const encoder = new TextEncoder()
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled < chunks.length) controller.enqueue(encoder.encode(chunks[pulled++]))
      else controller.close()
      if (pulledCount) pulledCount.n = pulled
    },
  })
  return new Request('http://localhost/x', { method: 'POST', body, duplex: 'half' } as RequestInit & { duplex: 'half' })
}

describe('readBatch', () => {
  it('reads a JSON array', async () => {
    expect(await readBatch(post('  [{"id":"a"},{"id":"b"}]\n'))).toEqual({ ok: true, items: [{ id: 'a' }, { id: 'b' }] })
  })

  it('reads NDJSON by its content type, skipping blank lines and CRLF endings', async () => {
    const body = '{"id":"a"}\r\n\n{"id":"b"}\n'
    expect(await readBatch(post(body, 'application/x-ndjson'))).toEqual({ ok: true, items: [{ id: 'a' }, { id: 'b' }] })
  })

  it('reads NDJSON sent as application/json when the body starts with an object', async () => {
    expect(await readBatch(post('{"id":"a"}\n{"id":"b"}'))).toEqual({ ok: true, items: [{ id: 'a' }, { id: 'b' }] })
  })

  it('names the item index and line of bad NDJSON', async () => {
    const result = await readBatch(post('{"id":"a"}\n\n{"id":"b"}\n{"id":', 'application/x-ndjson'))
    expect(result).toMatchObject({ ok: false, status: 400, body: { error: 'invalid JSON', index: 2, line: 4 } })
  })

  it('refuses a JSON value that is not an array, bad JSON and an empty body', async () => {
    expect(await readBatch(post('[{"id":"a"},]'))).toMatchObject({ ok: false, status: 400, body: { error: 'invalid JSON' } })
    expect(await readBatch(post('"hello"', 'application/json'))).toMatchObject({ ok: true, items: ['hello'] })
    expect(await readBatch(post('   \n'))).toMatchObject({ ok: false, status: 400, body: { error: 'empty body' } })
  })

  it('refuses text that is not UTF-8', async () => {
    const result = await readBatch(post(new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])))
    expect(result).toMatchObject({ ok: false, status: 400, body: { problem: 'The body is not UTF-8 text.' } })
  })

  it('answers 413 for a streamed body over the limit without Content-Length, and stops reading it', async () => {
    const chunks = Array.from({ length: 100 }, () => `${' '.repeat(1023)}\n`)
    const pulled = { n: 0 }
    const result = await readBatch(streamed(chunks, pulled), { maxBytes: 10 * 1024, maxItems: 10 })
    expect(result).toMatchObject({ ok: false, status: 413, body: { error: 'body too large' } })
    expect(pulled.n).toBeLessThan(20)
    expect(await readBatch(streamed(['[{"id":"a"}]']), { maxBytes: 12, maxItems: 10 })).toEqual({ ok: true, items: [{ id: 'a' }] })
    expect(await readBatch(streamed(['[{"id":"a"}]']), { maxBytes: 11, maxItems: 10 })).toMatchObject({ status: 413 })
  })

  it('answers 413 at once for a declared Content-Length over the limit', async () => {
    const result = await readBatch(post('[]', 'application/json', { 'content-length': String(6 * 1024 * 1024) }))
    expect(result).toMatchObject({ ok: false, status: 413 })
  })

  it('answers 413 for more items than a batch may hold, in either format', async () => {
    const limits = { maxBytes: 1024 * 1024, maxItems: 3 }
    expect(await readBatch(post('[1,2,3]'), limits)).toMatchObject({ ok: true })
    expect(await readBatch(post('[1,2,3,4]'), limits)).toMatchObject({ ok: false, status: 413, body: { error: 'too many items' } })
    expect(await readBatch(post('{}\n{}\n{}\n{}', 'application/x-ndjson'), limits)).toMatchObject({ ok: false, status: 413 })
  })
})
