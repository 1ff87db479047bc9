import type { ReactNode } from 'react'

/** Why the form below cannot be changed (archived team, published quarter). */
export function EntryNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-medium">{title}</p>
      <p className="mt-0.5">{children}</p>
    </div>
  )
}
