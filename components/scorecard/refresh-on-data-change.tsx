'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { isNewerVersion } from './data-version-tag'
import { useDataVersionQuery } from './use-data-version-query'

/**
 * Redraws a page that only shows figures once the data has moved past the version the server drew
 * it at: a figure saved, imported or computed elsewhere appears in a board meeting without a reload.
 * router.refresh() keeps the browser's state (scroll, an open data table). Kept off pages with forms,
 * so it never redraws under someone typing. Renders nothing.
 */
export function RefreshOnDataChange({ renderedVersion }: { renderedVersion: string | null }) {
  const router = useRouter()
  const { data: latest } = useDataVersionQuery()
  // The version a refresh was last asked for: one refresh per change, however often the poll answers.
  const requested = useRef<string | null>(null)
  useEffect(() => {
    if (!latest || !isNewerVersion(latest, renderedVersion) || latest === requested.current) return
    requested.current = latest
    router.refresh()
  }, [latest, renderedVersion, router])
  return null
}
