import type { ActionState } from '@/lib/actions/action-state'

/** A note form's server action, handed down by the page (components never import app/). */
export type NoteAction = (previous: ActionState, formData: FormData) => Promise<ActionState>

export interface NoteActions {
  create: NoteAction
  update: NoteAction
  remove: NoteAction
}

/** A choice of what a note is about: "" (the whole scope), "category:<key>" or "metric:<key>". */
export interface AboutOption {
  value: string
  label: string
}
