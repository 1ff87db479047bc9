/** Audit actions in words, for the history and the audit log; an action not listed shows as recorded. */
export const ACTION_LABELS: Record<string, string> = {
  'figure.create': 'Entered',
  'figure.update': 'Changed',
  'figure.restate': 'Restated',
  'target.set': 'Target set',
  'commentary.set': 'Commentary set',
  'quarter.publish': 'Quarter published',
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action
}
