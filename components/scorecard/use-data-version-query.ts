'use client'

import { useQuery } from '@tanstack/react-query'

/** How often a page that shows figures asks whether the data has changed. */
export const DATA_VERSION_POLL_MS = 5_000

interface DataVersionBody {
  ok?: boolean
  version?: string | null
}

async function fetchDataVersion(signal: AbortSignal): Promise<string | null> {
  const res = await fetch('/api/data-version', { signal, cache: 'no-store', headers: { Accept: 'application/json' } })
  if (!res.ok) throw new Error(`The data version answered ${res.status}.`)
  const body = (await res.json()) as DataVersionBody
  return typeof body.version === 'string' ? body.version : null
}

/**
 * The current data version, polled every few seconds while the tab is visible (TanStack Query pauses
 * the interval in a hidden tab and asks again as soon as it is shown). An error keeps the last answer.
 */
export function useDataVersionQuery() {
  return useQuery({
    queryKey: ['data-version'],
    queryFn: ({ signal }) => fetchDataVersion(signal),
    refetchInterval: DATA_VERSION_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
  })
}
