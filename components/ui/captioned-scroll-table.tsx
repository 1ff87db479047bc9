import type { ReactNode } from 'react'

/**
 * A wide table in a box that scrolls sideways on a phone. Its caption would be as wide as the table
 * and scroll out of sight, so screen readers read the caption and the same words are shown above
 * the box; the box is a focusable region named by it, so keyboard users can scroll it.
 */
export function CaptionedScrollTable({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    <>
      <p aria-hidden="true" className="mb-2 text-sm text-slate-600">
        {caption}
      </p>
      <div
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        <table className="min-w-full border-collapse text-sm">
          <caption id={id} className="sr-only">
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </>
  )
}
