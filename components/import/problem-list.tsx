import { problemText, type ImportProblem } from '@/lib/import/import-problem'

/** Every problem of the file, by row and column, in file order. */
export function ProblemList({ problems, total }: { problems: readonly ImportProblem[]; total: number }) {
  if (total === 0) return null
  return (
    <section aria-labelledby="import-problems-heading" className="rounded-md border border-red-200 bg-red-50 p-4">
      <h3 id="import-problems-heading" className="text-base font-semibold text-red-900">
        {total === 1 ? '1 problem' : `${total.toLocaleString('en-US')} problems`}: nothing can be imported until each is corrected
      </h3>
      <ul className="mt-2 max-h-80 list-disc space-y-1 overflow-y-auto pl-5 text-sm text-red-900">
        {problems.map((problem, i) => (
          <li key={i}>{problemText(problem)}</li>
        ))}
      </ul>
      {total > problems.length ? (
        <p className="mt-2 text-sm text-red-900">
          …and {(total - problems.length).toLocaleString('en-US')} more. Correct these and preview again to see the rest.
        </p>
      ) : null}
    </section>
  )
}
