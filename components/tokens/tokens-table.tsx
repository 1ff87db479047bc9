'use client'

import { useState } from 'react'
import { TokenRow, type RevokeTokenAction, type RowMessage, type TokenListItem } from './token-row'

const TH = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600'

/** Every token, newest first, with one live region for what the last revocation did and one for a refusal. */
export function TokensTable({ tokens, revokeAction }: { tokens: readonly TokenListItem[]; revokeAction: RevokeTokenAction }) {
  const [message, setMessage] = useState<RowMessage>({ text: '', error: false })
  return (
    <>
      <p role="status" className="min-h-5 text-sm text-green-800">
        {message.error ? '' : message.text}
      </p>
      <p role="alert" className="mb-2 text-sm text-red-700 empty:hidden">
        {message.error ? message.text : ''}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[820px] border-collapse text-sm">
          <caption className="sr-only">API tokens</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={TH}>
                Name
              </th>
              <th scope="col" className={TH}>
                Prefix
              </th>
              <th scope="col" className={TH}>
                Scope
              </th>
              <th scope="col" className={TH}>
                Created
              </th>
              <th scope="col" className={TH}>
                Last used
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} action={revokeAction} onMessage={setMessage} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
