/** How much a page sends: its HTML, and the share of it that is the inline component (RSC) payload. */
export interface PageWeight {
  /** The HTML document as sent, uncompressed, in kB (1 kB = 1,024 bytes). */
  htmlKb: number
  /** The scripts that carry the component payload (self.__next_f.push(…)), in kB. */
  payloadKb: number
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

/** Measures the HTML of one response body. */
export function pageWeight(html: string): PageWeight {
  const payload = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[0]),
    0,
  )
  return { htmlKb: kb(Buffer.byteLength(html)), payloadKb: kb(payload) }
}

/** Fetches a page signed in and weighs it. */
export async function fetchPageWeight(url: string, cookie: string): Promise<PageWeight> {
  const res = await fetch(url, { headers: { cookie }, redirect: 'manual' })
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
  return pageWeight(await res.text())
}
