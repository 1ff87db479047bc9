import { progressText, type QuarterProgress } from '@/lib/metrics/quarter-progress'

/**
 * The notices a page of figures carries above them: the quarter is still in progress (its figures,
 * scores and statuses are provisional), and the figures are demo data. Props in, markup out.
 */
export function QuarterNotices({
  quarterLabel,
  progress,
  demo,
}: {
  quarterLabel: string
  progress: QuarterProgress | null
  demo: boolean
}) {
  if (!progress && !demo) return null
  return (
    <div className="mb-4 space-y-2">
      {demo ? (
        <p role="note" aria-label="Demo data" className="rounded-md border border-violet-300 bg-violet-50 px-4 py-2 text-sm text-slate-800">
          <strong>Demo data.</strong> The figures on this page are examples loaded with the app, not measurements. An admin can remove them
          under Settings.
        </p>
      ) : null}
      {progress ? (
        <p
          role="note"
          aria-label="Quarter in progress"
          className="rounded-md border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-slate-800"
        >
          <strong>
            {quarterLabel} is {progressText(progress)}.
          </strong>{' '}
          Its figures, scores and statuses are provisional until the quarter ends; per-day rates divide by the {progress.day}{' '}
          {progress.day === 1 ? 'day' : 'days'} elapsed.
        </p>
      ) : null}
    </div>
  )
}
