'use server'

import { saveCategoryEntryHandler } from '@/lib/actions/save-category-entry'
import { runAction } from '@/lib/request/run-action'
import type { EntryFormState } from '@/lib/actions/entry-form-state'

export async function saveCategoryEntryAction(previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  return runAction(saveCategoryEntryHandler, previous, formData)
}
