'use client'

import { aboutText, type AnnotationFact } from '@/lib/metrics/annotation-rules'
import { AddNote } from './add-note'
import { AnnotationItem } from './annotation-item'
import type { AboutOption, NoteActions } from './annotation-types'

/**
 * The notes on a page's timeline ("payments re-platforming", "SOC 2 audit"): listed in day order,
 * and, for people with edit rights, added, edited and deleted here. The charts mark the same notes.
 */
export function AnnotationsPanel({
  notes,
  scopeId,
  scopeName,
  about,
  actions,
  canEdit,
}: {
  notes: AnnotationFact[]
  scopeId: string
  scopeName: string
  about: AboutOption[]
  actions: NoteActions
  canEdit: boolean
}) {
  return (
    <section aria-labelledby="notes-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="notes-heading" className="text-lg font-semibold">
        Notes on the timeline
      </h2>
      <p className="text-sm text-slate-600">What happened at {scopeName}, marked on the trend charts of the quarter holding its day.</p>
      {notes.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">No notes yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {notes.map((note) => (
            <AnnotationItem
              key={`${note.id}-${note.version}`}
              note={note}
              aboutLabel={aboutText(note)}
              about={about}
              actions={actions}
              canEdit={canEdit}
            />
          ))}
        </ul>
      )}
      {canEdit ? <AddNote action={actions.create} scopeId={scopeId} about={about} /> : null}
    </section>
  )
}
