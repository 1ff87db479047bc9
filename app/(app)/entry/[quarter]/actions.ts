'use server'

import { saveCategory } from '@/lib/actions/save-category'
import { runAction } from '@/lib/request/run-action'
import type { EntryFormState } from '@/lib/actions/entry-form-state'

export async function saveCategoryAction(previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  return runAction(saveCategory, previous, formData)
}
