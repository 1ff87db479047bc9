import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { connection } from 'next/server'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'CTO Scorecard', template: '%s · CTO Scorecard' },
  description: 'Quarterly engineering scorecard and board report',
}

/**
 * Every page is rendered per request: the CSP nonce differs per response, so a page cached from an
 * earlier request (the 404 and /forbidden pages would be) would carry a stale nonce and be blocked.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection()
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
