'use server'

import { saveReportSummary } from '@/lib/actions/report-summary'
import { runAction } from '@/lib/auth/run-action'
import type { ActionState } from '@/components/ui/form-field'

export async function saveSummaryAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(saveReportSummary, previous, formData)
}
