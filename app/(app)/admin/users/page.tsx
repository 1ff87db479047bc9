import type { Metadata } from 'next'
import { requirePagePermission } from '@/lib/request/current-user'
import { getSettings } from '@/lib/db/queries/settings'
import { listUsers } from '@/lib/db/services/users'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { AddUserForm } from '@/components/users/add-user-form'
import type { UserListItem } from '@/components/users/user-row'
import { UsersTable } from '@/components/users/users-table'
import { setUserRoleAction, createUserAction, setUserDisabledAction } from './actions'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Users' }

export default async function UsersPage() {
  const actor = await requirePagePermission({ do: 'manage-users' })
  const [users, settings] = await Promise.all([listUsers(), getSettings()])
  // Dates are formatted here, in the organisation's time zone, so server and browser render the same text.
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, day: 'numeric', month: 'short', year: 'numeric' })
  const rows: UserListItem[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    categories: u.categories,
    disabled: u.disabled,
    created: date.format(u.createdAt),
    isYou: u.id === actor.id,
  }))
  const active = users.filter((u) => !u.disabled).length
  return (
    <>
      <PageHeader
        title="Users"
        description="Admins manage users, teams and settings; editors change every figure, target and commentary; category owners only their categories; viewers read and export. Disabling someone signs them out at once."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Add a user</h2>
          <AddUserForm action={createUserAction} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">
            All users{' '}
            <span className="text-sm font-normal text-slate-500">
              ({active} active{users.length > active ? `, ${users.length - active} disabled` : ''})
            </span>
          </h2>
          <UsersTable users={rows} roleAction={setUserRoleAction} disableAction={setUserDisabledAction} />
        </Card>
      </div>
    </>
  )
}
