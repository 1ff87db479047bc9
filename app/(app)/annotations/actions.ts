'use server'

import { createAnnotationHandler, deleteAnnotationHandler, updateAnnotationHandler } from '@/lib/actions/annotations'
import { runAction } from '@/lib/request/run-action'
import type { ActionState } from '@/lib/actions/action-state'

export async function createAnnotationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(createAnnotationHandler, previous, formData)
}

export async function updateAnnotationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(updateAnnotationHandler, previous, formData)
}

export async function deleteAnnotationAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(deleteAnnotationHandler, previous, formData)
}
