'use client'

import { useActionState, useState } from 'react'
import { buttonClass } from '@/components/ui/button'
import { useConfirmStep } from '@/components/ui/use-confirm-step'
import { dayText, type AnnotationFact } from '@/lib/metrics/annotation-rules'
import { aboutValue } from '@/lib/validation/annotation-schema'
import { AnnotationForm } from './annotation-form'
import type { AboutOption, NoteActions } from './annotation-types'

/** One note in the list: its day, text and what it is about; for editors, edit in place and delete after a confirmation. */
export function AnnotationItem({
  note,
  aboutLabel,
  about,
  actions,
  canEdit,
}: {
  note: AnnotationFact
  aboutLabel: string
  about: AboutOption[]
  actions: NoteActions
  canEdit: boolean
}) {
  const [editing, setEditing] = useState(false)
  const [deleted, deleteAction, deleting] = useActionState(actions.remove, null)
  const { confirming, ask, cancel, panel, trigger } = useConfirmStep<HTMLDivElement>(deleted, () => undefined)
  const summary = `${dayText(note.date)}: ${note.text}`
  if (editing) {
    return (
      <li className="py-3">
        <AnnotationForm
          action={actions.update}
          scopeId={note.scope}
          about={about}
          note={{ id: note.id, version: note.version, date: note.date, text: note.text, about: aboutValue(note) }}
          idPrefix={`note-${note.id}`}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  }
  return (
    <li className="flex flex-wrap items-start gap-x-4 gap-y-2 py-3">
      <div className="min-w-0 flex-1">
        <p className="text-sm text-slate-900">
          <time dateTime={note.date} className="font-medium">
            {dayText(note.date)}
          </time>{' '}
          {note.text}
        </p>
        <p className="text-xs text-slate-600">
          {aboutLabel} · by {note.createdBy}
        </p>
      </div>
      {canEdit ? (
        <div className="flex gap-2">
          <button type="button" onClick={() => setEditing(true)} className={buttonClass('secondary')} aria-label={`Edit note ${summary}`}>
            Edit
          </button>
          <button ref={trigger} type="button" onClick={ask} className={buttonClass('secondary')} aria-label={`Delete note ${summary}`}>
            Delete
          </button>
        </div>
      ) : null}
      {confirming ? (
        <div
          ref={panel}
          tabIndex={-1}
          role="group"
          aria-label="Confirm deleting the note"
          className="w-full rounded-md border border-red-300 bg-red-50 p-3 text-sm"
        >
          <p>Delete the note “{summary}”? The audit log keeps what it said.</p>
          <form action={deleteAction} className="mt-2 flex gap-2">
            <input type="hidden" name="id" value={note.id} />
            <input type="hidden" name="version" value={note.version} />
            <button type="submit" disabled={deleting} className={buttonClass('danger')}>
              Delete the note
            </button>
            <button type="button" onClick={cancel} className={buttonClass('secondary')}>
              Keep it
            </button>
          </form>
        </div>
      ) : null}
      {deleted && !deleted.ok ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {Object.values(deleted.fieldErrors)[0]}
        </p>
      ) : null}
    </li>
  )
}
