import { buttonClass } from '@/components/ui/button'

/**
 * The way in through the organisation's identity provider: a plain link to the start route (a full
 * navigation to the provider, which a fetch could not follow). With password sign-in turned off, the
 * password form below stays for the break-glass admin only, and the page says so.
 */
export function SingleSignOnLink({ provider, passwordOff }: { provider: string; passwordOff: boolean }) {
  return (
    <div className="mb-6 space-y-3">
      <a href="/api/auth/oidc/start" className={`${buttonClass('secondary')} w-full`}>
        Sign in with {provider}
      </a>
      <p className="text-center text-xs text-slate-600">
        {passwordOff ? 'Password sign-in is kept for the break-glass admin only.' : 'or with your email and password'}
      </p>
    </div>
  )
}
