import { gzipSync } from 'node:zlib'

/**
 * First-load JavaScript of a page as a browser receives it: every script the HTML references,
 * fetched and gzipped (level 9, as a typical reverse proxy would serve it), summed in kB.
 */
export async function firstLoadJs(baseUrl: string, pagePath: string, cookie: string): Promise<{ kb: number; files: number }> {
  const page = await fetch(baseUrl + pagePath, { headers: { cookie }, redirect: 'manual' })
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`)
  const html = await page.text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))]
  let bytes = 0
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())
    bytes += gzipSync(body, { level: 9 }).length
  }
  return { kb: Math.round((bytes / 1024) * 10) / 10, files: sources.length }
}
