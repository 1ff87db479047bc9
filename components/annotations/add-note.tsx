'use client'

import { useId, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { AnnotationForm } from './annotation-form'
import type { AboutOption, NoteAction } from './annotation-types'

/**
 * "Add a note": a disclosure whose form is drawn only once it is opened. Most views of a page add no
 * note, and the closed form cost every scorecard, category and metric view ~2.5 kB of HTML (its
 * fields, hints and the "About" options). Opening puts the cursor in the form's first field; Cancel
 * closes it and returns focus to the button. After a note is added the form stays open, emptied.
 */
export function AddNote({ action, scopeId, about }: { action: NoteAction; scopeId: string; about: AboutOption[] }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const formId = useId()
  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={() => setOpen((o) => !o)}
          className={buttonClass('secondary')}
        >
          Add a note
        </button>
      </h3>
      {open ? (
        <div id={formId} className="mt-3">
          <AnnotationForm
            action={action}
            scopeId={scopeId}
            about={about}
            idPrefix="new-note"
            focusFirst
            onCancel={() => {
              setOpen(false)
              button.current?.focus()
            }}
          />
        </div>
      ) : null}
    </div>
  )
}
