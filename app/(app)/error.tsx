'use client'

import { useEffect } from 'react'
import { Button } from '@/components/ui/button'

/** A page of the app failed to render; the shell stays, and the reader can try again. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  // Server errors reach the browser without their message (by design); the digest matches the server log.
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong while reading the scorecard. Your figures are safe; try again, and if it keeps failing, tell your administrator
        {digest ? ` and quote reference ${digest}` : ''}.
      </p>
      <Button className="mt-4" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  )
}
