'use client'

import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'

/**
 * The new token, shown once: only its hash is stored, so after this panel is closed (or the page
 * reloaded) nobody can see it again. The field is read-only and selected on focus, so it can be
 * copied by hand where the clipboard API is unavailable (plain HTTP on another host).
 */
export function NewTokenPanel({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    field.current?.focus()
  }, [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(token)
      setCopied('yes')
    } catch {
      field.current?.select()
      setCopied('failed')
    }
  }

  return (
    <div role="region" aria-label="Token created" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-semibold text-amber-900">
        Copy the token for “{name}” now. It is shown only this once; the app keeps no copy it could show again.
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor="new-token" className="block text-sm font-medium text-slate-800">
            New API token
          </label>
          <input
            ref={field}
            id="new-token"
            readOnly
            value={token}
            onFocus={(e) => e.currentTarget.select()}
            spellCheck={false}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm"
          />
        </div>
        <Button type="button" variant="secondary" onClick={copy}>
          Copy token
        </Button>
        <Button type="button" onClick={onDone}>
          I have stored it
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-amber-900">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'The clipboard is unavailable here: the token is selected; copy it with Ctrl+C (⌘C).'
            : ''}
      </p>
      <p className="text-xs text-slate-700">
        Store it as a secret in your CI or deployment tool and send it as <code>Authorization: Bearer {'<token>'}</code>. If it is lost or
        leaked, revoke it below and create another.
      </p>
    </div>
  )
}
