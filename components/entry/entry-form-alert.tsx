import type { Ref } from 'react'

/** Why nothing was saved, announced at once; each field's own message sits beside it. */
export function EntryFormAlert({
  ref,
  conflictCount,
  fieldErrorCount,
  formErrors,
}: {
  ref: Ref<HTMLDivElement>
  conflictCount: number
  fieldErrorCount: number
  formErrors: string[]
}) {
  const problems = fieldErrorCount - conflictCount
  const lines = [
    conflictCount > 0
      ? `${conflictCount === 1 ? 'One figure was' : `${conflictCount} figures were`} changed by someone else since you opened the form. Your values are kept: check the marked fields and save again to replace theirs.`
      : null,
    problems > 0 ? `${problems === 1 ? 'One field needs' : `${problems} fields need`} attention: see the messages beside them.` : null,
    ...formErrors,
  ].filter((line): line is string => line !== null)
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="mt-4 empty:hidden">
      {lines.length > 0 ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">Nothing was saved.</p>
          <ul className="mt-1 list-disc pl-5">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
