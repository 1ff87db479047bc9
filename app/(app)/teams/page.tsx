import type { Metadata } from 'next'
import { listTeams } from '@/lib/db/queries/teams'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { AddTeamForm } from '@/components/teams/add-team-form'
import { TeamsTable } from '@/components/teams/teams-table'
import { createTeamAction, renameTeamAction, setTeamArchivedAction } from './actions'
import { requirePagePermission } from '@/lib/request/current-user'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Teams' }

export default async function TeamsPage() {
  await requirePagePermission({ do: 'manage-teams' })
  const teams = await listTeams({ includeArchived: true })
  // Active teams first; listTeams already sorts each group by name.
  const ordered = [...teams.filter((t) => !t.archived), ...teams.filter((t) => t.archived)]
  return (
    <>
      <PageHeader
        title="Teams"
        description="Each team gets its own scorecard beside the organisation’s. Archiving a team takes it out of the scope picker; its figures are kept."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Add a team</h2>
          <AddTeamForm action={createTeamAction} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">
            All teams <span className="text-sm font-normal text-slate-500">({teams.length})</span>
          </h2>
          {teams.length === 0 ? (
            <EmptyState title="No teams yet">
              Figures can be entered for the whole organisation without any teams. Add a team above to score it separately.
            </EmptyState>
          ) : (
            <TeamsTable teams={ordered} renameAction={renameTeamAction} archiveAction={setTeamArchivedAction} />
          )}
        </Card>
      </div>
    </>
  )
}
