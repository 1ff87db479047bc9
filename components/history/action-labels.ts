/** Audit actions in words, for the history and the audit log; an action not listed shows as recorded. */
export const ACTION_LABELS: Record<string, string> = {
  'figure.create': 'Entered',
  'figure.update': 'Changed',
  'figure.restate': 'Restated',
  'figure.remove': 'Removed',
  'target.set': 'Target set',
  'commentary.set': 'Commentary set',
  'annotation.create': 'Note added',
  'annotation.update': 'Note changed',
  'annotation.delete': 'Note deleted',
  'quarter.publish': 'Quarter published',
  'figures.recompute': 'Recomputed from events',
  'events.deployments': 'Deployments received',
  'events.incidents': 'Incidents received',
  'import.apply': 'Imported from a file',
  'api-token.create': 'API token created',
  'api-token.revoke': 'API token revoked',
  'session.sign-in': 'Signed in',
  'settings.update': 'Settings changed',
  'team.create': 'Team added',
  'team.rename': 'Team renamed',
  'user.create': 'User added',
  'user.role': 'Role changed',
  'user.disable': 'User disabled',
  'user.enable': 'User re-enabled',
  'demo.load': 'Demo data loaded',
  'demo.remove': 'Demo data removed',
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action
}
