import type { ApiTokenScope } from '@/lib/validation/api-token-schema'

/** What each scope lets a program do, as the form and the table say it. */
export const SCOPE_WORDS: Record<ApiTokenScope, { label: string; description: string }> = {
  ingest: {
    label: 'Ingest',
    description: 'Sends deployments and incidents (POST /api/v1/deployments, /api/v1/incidents). Cannot read figures.',
  },
  read: {
    label: 'Read',
    description: 'Reads figures (GET /api/v1/figures). Cannot send events.',
  },
}

export function scopeLabel(scope: string): string {
  return scope === 'ingest' || scope === 'read' ? SCOPE_WORDS[scope].label : scope
}
