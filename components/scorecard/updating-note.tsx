const LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' })

/**
 * Says that the figures from events of some quarters shown are being recomputed (a batch or a new
 * time zone marked them): the page shows the last computed ones meanwhile. Renders nothing when no
 * quarter is. `quarters` are the labels to name, e.g. "FY2026 Q3".
 */
export function UpdatingNote({ quarters }: { quarters: readonly string[] }) {
  if (quarters.length === 0) return null
  return (
    <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
      <span className="font-medium">Updating…</span> Figures from deployment and incident events for {LIST.format(quarters)} are being
      recomputed. The last computed figures are shown; reload in a moment to see the new ones.
    </p>
  )
}
