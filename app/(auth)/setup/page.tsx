import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SetupForm } from '@/components/auth/setup-form'
import { createFirstAdminAction } from './actions'
import { hasAnyUser } from '@/lib/db/services/users'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Create the admin account' }

export default async function SetupPage() {
  if (await hasAnyUser()) redirect('/login')
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Create the admin account</h1>
      <p className="mb-4 text-sm text-slate-600">
        This is the first visit. The admin manages users, teams and settings. There is no default password.
      </p>
      <SetupForm createFirstAdmin={createFirstAdminAction} />
    </>
  )
}
