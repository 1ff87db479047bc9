/** Shown while a quarter's figures load. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse space-y-4">
      <p className="sr-only">Loading the entry form…</p>
      <div className="h-8 w-72 rounded bg-slate-200" />
      <div className="h-9 w-full rounded bg-slate-200" />
      <div className="h-96 w-full rounded-lg bg-slate-200" />
    </div>
  )
}
