// Developer aid: `node scripts/screenshot.mjs <url> <out.png> [width]` takes a full-page screenshot
// in Debian's Chromium, to look at a page as a person sees it.
import { chromium } from '@playwright/test'

const [url, out = 'screenshot.png', width = '1280'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: out, fullPage: true })
await browser.close()
console.log(`saved ${out}`)
