import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { connection } from 'next/server'
import { MAIN_ID } from '@/components/layout/main-id'
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
      <body>
        {/* First in the tab order on every page, so a keyboard user need not Tab through the navigation. */}
        <a
          href={`#${MAIN_ID}`}
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-blue-700 focus:shadow"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  )
}
