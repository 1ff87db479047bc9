'use client'

import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'

/**
 * One query client per browser tab for the signed-in pages: it holds the server state the browser
 * polls or sends (the data version, import previews). Made in state, not at module level, so that
 * a server render never shares one between people.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        // A failed poll is tried again on the next interval; a failed upload is the person's to retry.
        defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
      }),
  )
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
