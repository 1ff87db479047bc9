'use server'

import { saveCategory } from '@/lib/actions/save-category'
import { runAction } from '@/lib/auth/run-action'
import type { EntryFormState } from '@/components/entry/entry-form-state'

export async function saveCategoryAction(previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  return runAction(saveCategory, previous, formData)
}
