'use client'

import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { INPUT_CLASS } from '@/components/ui/form-field'

/** Posts to /api/auth/login (which can answer 429 with Retry-After) and goes to the scorecard. */
export function SignInForm() {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const form = new FormData(event.currentTarget)
    try {
      const res = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      })
      if (res.ok) {
        // A full load, not router.push: the signed-in shell is rendered afresh with the new session
        // cookie instead of coming from the router's cache of signed-out pages.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign('/')
        return
      }
      const body = (await res.json().catch(() => null)) as { message?: string } | null
      setError(body?.message ?? 'Sign-in failed. Try again.')
    } catch {
      setError('The server could not be reached. Try again.')
    }
    setPending(false)
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="text-sm font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-medium">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={INPUT_CLASS} />
      </div>
      <p role="alert" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
