import type { Metadata } from 'next'
import { requirePagePermission } from '@/lib/request/current-user'
import { getSettings } from '@/lib/db/queries/settings'
import { listApiTokens } from '@/lib/db/services/api-tokens'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { ApiUsage } from '@/components/tokens/api-usage'
import { CreateTokenForm } from '@/components/tokens/create-token-form'
import type { TokenListItem } from '@/components/tokens/token-row'
import { TokensTable } from '@/components/tokens/tokens-table'
import { createApiTokenAction, revokeApiTokenAction } from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'API tokens' }

export default async function ApiTokensPage() {
  await requirePagePermission({ do: 'manage-tokens' })
  const [tokens, settings] = await Promise.all([listApiTokens(), getSettings()])
  // Formatted here, in the organisation's time zone, so server and browser render the same text.
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: settings.timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
  const rows: TokenListItem[] = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    scope: t.scope,
    prefix: t.prefix,
    createdBy: t.createdBy,
    created: format.format(t.createdAt),
    lastUsed: t.lastUsedAt ? format.format(t.lastUsedAt) : null,
    revoked: t.revokedAt ? format.format(t.revokedAt) : null,
  }))
  const active = tokens.filter((t) => !t.revokedAt).length
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Programs send deployments and incidents, or read figures, with a token. Each token has one scope; only a hash of it is kept, so it is shown once, when created."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Create a token</h2>
          <CreateTokenForm action={createApiTokenAction} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">
            All tokens{' '}
            <span className="text-sm font-normal text-slate-500">
              ({active} active{tokens.length > active ? `, ${tokens.length - active} revoked` : ''})
            </span>
          </h2>
          {tokens.length === 0 ? (
            <EmptyState title="No API tokens yet">Create one above for each program that sends events or reads figures.</EmptyState>
          ) : (
            <TokensTable tokens={rows} revokeAction={revokeApiTokenAction} />
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Using the API</h2>
          <ApiUsage />
        </Card>
      </div>
    </>
  )
}
