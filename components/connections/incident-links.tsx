'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { INPUT_CLASS } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'
import type { FormAction } from './action-form'
import type { IncidentLinkItem } from './connection-types'

const TD = 'px-2 py-1.5 align-top'

function IncidentRow({ incident, action }: { incident: IncidentLinkItem; action: FormAction }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null)
  const error = state && !state.ok ? Object.values(state.fieldErrors)[0] : null
  const field = `link-${incident.id}`
  return (
    <tr>
      <th scope="row" className={`${TD} text-left font-mono text-xs font-normal`}>
        {incident.id}
      </th>
      <td className={`${TD} whitespace-nowrap`}>{incident.opened}</td>
      <td className={TD}>{incident.severity}</td>
      <td className={TD}>{incident.team ?? 'organisation only'}</td>
      <td className={TD}>
        {incident.causedBy ? <code>{incident.causedBy}</code> : 'none'}
        <span className="block text-xs text-slate-600">{incident.origin}</span>
      </td>
      <td className={TD}>
        <form action={formAction} aria-label={`Link of incident ${incident.id}`} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="incident" value={incident.id} />
          <span>
            <label htmlFor={field} className="block text-xs font-medium">
              Deployment id for {incident.id}
            </label>
            <input id={field} name="deployment" defaultValue={incident.causedBy ?? ''} className={`${INPUT_CLASS} w-44`} />
          </span>
          <Button type="submit" variant="secondary" disabled={pending}>
            Save link
          </Button>
          <Button type="submit" variant="secondary" disabled={pending} name="remove" value="1">
            Remove link
          </Button>
        </form>
        <p role="status" className="text-xs text-green-800">
          {state?.ok ? state.message : ''}
        </p>
        {error ? (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  )
}

/**
 * The incidents a source reported and the deployment each is linked to ("linked by rule" or by a
 * person), for a person to correct: a changed or removed link is audited, recomputes the figures it
 * feeds, and is kept when the provider sends the incident again.
 */
export function IncidentLinks({ name, incidents, action }: { name: string; incidents: IncidentLinkItem[]; action: FormAction }) {
  if (incidents.length === 0) return <p className="text-sm text-slate-600">No incidents from {name} yet.</p>
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" aria-label={`Incidents from ${name}`}>
        <thead className="text-left text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className={TD}>
              Incident
            </th>
            <th scope="col" className={TD}>
              Opened
            </th>
            <th scope="col" className={TD}>
              Severity
            </th>
            <th scope="col" className={TD}>
              Team
            </th>
            <th scope="col" className={TD}>
              Caused by deployment
            </th>
            <th scope="col" className={TD}>
              Change the link
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {incidents.map((i) => (
            <IncidentRow key={i.id} incident={i} action={action} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
