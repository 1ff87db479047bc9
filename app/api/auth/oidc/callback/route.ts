import type { NextRequest } from 'next/server'
import { handleOidcCallback } from '@/lib/api/oidc-routes'

export const dynamic = 'force-dynamic'

export function GET(request: NextRequest) {
  return handleOidcCallback(request)
}
