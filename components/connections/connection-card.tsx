import { Card } from '@/components/ui/card'
import { INPUT_CLASS } from '@/components/ui/form-field'
import { PROVIDER_LABELS, isConnectionProvider } from '@/lib/validation/connection-schema'
import { ActionForm, type FormAction } from './action-form'
import type { ConnectionListItem } from './connection-types'
import { DeleteConnectionForm } from './delete-connection-form'
import { DeliveryLog } from './delivery-log'
import { IncidentLinks } from './incident-links'
import { RulesForm } from './rules-form'
import { SetupSteps } from './setup-steps'

export interface ConnectionActions {
  edit: FormAction
  remove: FormAction
  map: FormAction
  rules: FormAction
  link: FormAction
}

const H3 = 'mb-2 mt-4 text-base font-semibold'

/** One connection: its address and setup, mappings with what recent deliveries map to, rules and log. */
export function ConnectionCard({
  c,
  teams,
  actions,
}: {
  c: ConnectionListItem
  teams: { slug: string; name: string }[]
  actions: ConnectionActions
}) {
  const provider = isConnectionProvider(c.provider) ? PROVIDER_LABELS[c.provider] : c.provider
  const mapped = new Map(c.mappings.map((m) => [m.sourceId, m.team]))
  const seen = [...new Set(c.deliveries.map((d) => d.sourceId).filter((s): s is string => s !== null))]
  const sourceWord =
    c.provider === 'pagerduty' ? 'PagerDuty service id' : c.provider === 'gitlab' ? 'Project (group/project)' : 'Repository (owner/repo)'
  return (
    <Card>
      <h2 className="text-lg font-semibold">
        {c.name}{' '}
        <span className="text-sm font-normal text-slate-600">
          ({provider}
          {c.paused ? ', paused' : ''})
        </span>
      </h2>
      <label htmlFor={`url-${c.id}`} className="mt-2 block text-sm font-medium">
        Webhook URL of {c.name}
      </label>
      <input id={`url-${c.id}`} readOnly value={c.url} className={`${INPUT_CLASS} font-mono`} />
      <h3 className={H3}>Setup in {provider}</h3>
      <SetupSteps provider={c.provider} url={c.url} />

      <div className="mt-4 flex flex-wrap items-end gap-4">
        <ActionForm action={actions.edit} label={`Rename ${c.name}`} submit="Rename" variant="secondary">
          <input type="hidden" name="id" value={c.id} />
          <label htmlFor={`name-${c.id}`} className="block text-sm font-medium">
            Name
          </label>
          <input id={`name-${c.id}`} name="name" defaultValue={c.name} className={INPUT_CLASS} />
        </ActionForm>
        <ActionForm
          action={actions.edit}
          label={`${c.paused ? 'Resume' : 'Pause'} ${c.name}`}
          submit={c.paused ? 'Resume' : 'Pause'}
          variant="secondary"
        >
          <input type="hidden" name="id" value={c.id} />
          <input type="hidden" name="paused" value={c.paused ? 'false' : 'true'} />
        </ActionForm>
        <DeleteConnectionForm
          id={c.id}
          name={c.name}
          mappings={c.mappings.length}
          deliveries={c.deliveries.length}
          action={actions.remove}
        />
      </div>

      <h3 className={H3}>Mapping to teams</h3>
      <p className="text-sm text-slate-600">Unmapped sources count for the organisation only.</p>
      <ul className="my-2 text-sm">
        {c.mappings.map((m) => (
          <li key={m.sourceId}>
            <code>{m.sourceId}</code> → {m.team ?? '(archived team)'}
          </li>
        ))}
      </ul>
      {seen.length > 0 ? (
        <p className="text-sm">
          Recent deliveries came from: {seen.map((s) => `${s} → ${mapped.get(s) ?? 'organisation only'}`).join('; ')}.
        </p>
      ) : null}
      <ActionForm action={actions.map} label={`Map a source of ${c.name}`} submit="Save mapping" variant="secondary">
        <input type="hidden" name="connectionId" value={c.id} />
        <div className="grid gap-2 sm:grid-cols-2">
          <div>
            <label htmlFor={`source-${c.id}`} className="block text-sm font-medium">
              {sourceWord}
            </label>
            <input id={`source-${c.id}`} name="sourceId" list={`seen-${c.id}`} className={INPUT_CLASS} />
            <datalist id={`seen-${c.id}`}>
              {seen.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor={`team-${c.id}`} className="block text-sm font-medium">
              Team
            </label>
            <select id={`team-${c.id}`} name="team" className={INPUT_CLASS} defaultValue="">
              <option value="">Organisation only (no team)</option>
              {teams.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </ActionForm>

      <h3 className={H3}>Rules</h3>
      <RulesForm id={c.id} rules={c.rules} action={actions.rules} />

      {c.provider === 'github' ? null : (
        <>
          <h3 className={H3}>Incidents and the deployments that caused them</h3>
          <p className="text-sm text-slate-600">
            A new incident is linked by rule; correct or remove a link here. A person’s link is kept when the incident is sent again.
          </p>
          <IncidentLinks name={c.name} incidents={c.incidents} action={actions.link} />
        </>
      )}

      <h3 className={H3}>Delivery log (last 200)</h3>
      <DeliveryLog name={c.name} deliveries={c.deliveries} queued={c.queued} />
    </Card>
  )
}
