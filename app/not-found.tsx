'use client'

import { MAIN_ID } from '@/components/layout/main-id'

/**
 * An unknown address, or a page that found nothing to show (notFound()). Rendered inside the root
 * layout only, so it brings its own <main> for the "Skip to content" link. A client component: every
 * page's component payload carries the not-found view for each layout it sits in (twice under the
 * signed-in shell), and a client one travels as a reference instead of its whole markup (~1.2 kB).
 * Its link is a plain <a>: next/link would add a second copy of the router's link code (~3.6 kB
 * gzipped) to the root layout's scripts on every page, and a full load is right after a dead end.
 */
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4">
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-center shadow-sm focus:outline-none"
      >
        <h1 className="text-lg font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 text-sm text-slate-600">
          There is nothing at this address. It may have been mistyped, or what it showed no longer exists.
        </p>
        <p className="mt-4 text-sm">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose (see above) */}
          <a href="/" className="text-blue-700 underline underline-offset-4">
            Go to the scorecard
          </a>
        </p>
      </main>
    </div>
  )
}
