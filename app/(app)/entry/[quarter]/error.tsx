'use client'

import { buttonClass } from '@/components/ui/button'

/** A failure while loading or saving; figures already saved are safe, so retrying is harmless. */
export default function EntryError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">The entry form could not be loaded</h1>
      <p className="mt-1 text-sm text-red-800">
        Nothing you saved before is lost. Try again; if it keeps failing, quote this reference to your administrator:{' '}
        {error.digest ?? 'none'}.
      </p>
      <button type="button" onClick={reset} className={`${buttonClass('secondary')} mt-4`}>
        Try again
      </button>
    </div>
  )
}
