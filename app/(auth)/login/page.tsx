import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/auth/sign-in-form'
import { getCurrentActor } from '@/lib/request/current-user'
import { hasAnyUser } from '@/lib/db/services/users'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage() {
  // First run: there is nobody to sign in as until the admin account exists.
  if (!(await hasAnyUser())) redirect('/setup')
  if (await getCurrentActor()) redirect('/')
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      <SignInForm />
    </>
  )
}
