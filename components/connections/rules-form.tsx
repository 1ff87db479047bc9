import { INPUT_CLASS } from '@/components/ui/form-field'
import { DEFAULT_RULES, type ConnectionRules } from '@/lib/validation/connection-rules'
import { ActionForm, type FormAction } from './action-form'

const pairs = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')

/** The connection's rules, each with its stated default beside it. */
export function RulesForm({ id, rules, action }: { id: string; rules: ConnectionRules; action: FormAction }) {
  const field = (name: string, label: string, value: string, byDefault: string) => (
    <div>
      <label htmlFor={`${name}-${id}`} className="block text-sm font-medium">
        {label}
      </label>
      <input id={`${name}-${id}`} name={name} defaultValue={value} className={INPUT_CLASS} />
      <p className="text-xs text-slate-600">Default: {byDefault || '(none)'}</p>
    </div>
  )
  return (
    <ActionForm action={action} label="Rules" submit="Save rules" variant="secondary">
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-3 sm:grid-cols-2">
        {field(
          'productionEnvironments',
          'Production environments',
          rules.productionEnvironments.join(', '),
          DEFAULT_RULES.productionEnvironments.join(', '),
        )}
        {field(
          'failedStatuses',
          'Statuses that mark a deployment failed',
          rules.failedStatuses.join(', '),
          DEFAULT_RULES.failedStatuses.join(', '),
        )}
        {field('deploymentWorkflows', 'GitHub workflows that count as deployments', rules.deploymentWorkflows.join(', '), '')}
        {field('severities', 'Priority or urgency → severity 1–4', pairs(rules.severities), pairs(DEFAULT_RULES.severities))}
        {field('defaultSeverity', 'Severity when none is named', String(rules.defaultSeverity), String(DEFAULT_RULES.defaultSeverity))}
        {field(
          'incidentLinkHours',
          'Link an incident to its team’s latest deployment within (hours)',
          String(rules.incidentLinkHours),
          String(DEFAULT_RULES.incidentLinkHours),
        )}
      </div>
    </ActionForm>
  )
}
