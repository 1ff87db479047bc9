import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/auth/sign-in-form'
import { SingleSignOnLink } from '@/components/auth/single-sign-on-link'
import { getCurrentActor } from '@/lib/request/current-user'
import { hasAnyUser } from '@/lib/db/services/users'
import { getSsoSetup } from '@/lib/db/queries/sso-settings'
import { ssoRefusalMessage } from '@/lib/auth/sso/sso-messages'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // First run: there is nobody to sign in as until the admin account exists.
  if (!(await hasAnyUser())) redirect('/setup')
  if (await getCurrentActor()) redirect('/')
  const { sso: code } = await searchParams
  const refusal = ssoRefusalMessage(typeof code === 'string' ? code : undefined)
  const { settings, resolved } = await getSsoSetup()
  const provider = resolved.configured ? settings.providerName || 'single sign-on' : null
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      {refusal ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">
          {refusal}
        </p>
      ) : null}
      {provider ? <SingleSignOnLink provider={provider} passwordOff={settings.passwordSignIn === 'break-glass'} /> : null}
      <SignInForm />
    </>
  )
}
