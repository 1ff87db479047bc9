const BLOCK = 'animate-pulse rounded-md bg-slate-200'

/** Shown while a page's data loads: the outline of the scorecard, so the layout does not jump. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true">
        <div className={`${BLOCK} h-8 w-72`} />
        <div className={`${BLOCK} mt-2 h-4 w-48`} />
        <div className="mt-6 h-36 rounded-lg border border-slate-200 bg-white p-5">
          <div className={`${BLOCK} h-16 w-32`} />
          <div className={`${BLOCK} mt-3 h-4 w-56`} />
        </div>
        <div className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-56 rounded-lg border border-slate-200 bg-white p-4">
              <div className={`${BLOCK} h-5 w-40`} />
              <div className={`${BLOCK} mt-4 h-10 w-20`} />
              <div className={`${BLOCK} mt-4 h-4 w-36`} />
              <div className={`${BLOCK} mt-6 h-14 w-full`} />
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
