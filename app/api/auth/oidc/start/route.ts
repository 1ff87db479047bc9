import type { NextRequest } from 'next/server'
import { handleOidcStart } from '@/lib/api/oidc-routes'

export const dynamic = 'force-dynamic'

export function GET(request: NextRequest) {
  return handleOidcStart(request)
}
