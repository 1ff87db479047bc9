/** Where to click in each provider, the content type, and which events to tick. */
export function SetupSteps({ provider, url }: { provider: string; url: string }) {
  const code = (text: string) => <code className="rounded bg-slate-100 px-1 break-all">{text}</code>
  if (provider === 'github') {
    return (
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>
          In GitHub, open the repository (or the organisation) → <strong>Settings</strong> → <strong>Webhooks</strong> →{' '}
          <strong>Add webhook</strong>.
        </li>
        <li>
          Payload URL: {code(url)}; Content type: {code('application/json')}; Secret: the secret shown when the connection was added.
        </li>
        <li>
          Choose <strong>Let me select individual events</strong> and tick <strong>Pushes</strong>, <strong>Deployment statuses</strong>,{' '}
          <strong>Pull requests</strong>, and <strong>Workflow runs</strong> if a workflow is your deployment (name it under Rules).
        </li>
        <li>Save. GitHub sends a ping, which appears below as “ping”.</li>
      </ol>
    )
  }
  if (provider === 'gitlab') {
    return (
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>
          In GitLab, open the project (or the group) → <strong>Settings</strong> → <strong>Webhooks</strong> →{' '}
          <strong>Add new webhook</strong>.
        </li>
        <li>URL: {code(url)}; Secret token: the secret shown when the connection was added. GitLab sends JSON.</li>
        <li>
          Tick <strong>Push events</strong> (all branches), <strong>Deployment events</strong>, <strong>Merge request events</strong> and{' '}
          <strong>Issues events</strong> (incidents are issues of type incident).
        </li>
        <li>
          Save, then <strong>Test</strong> → <strong>Push events</strong>; the delivery appears below.
        </li>
      </ol>
    )
  }
  return (
    <ol className="list-decimal space-y-1 pl-5 text-sm">
      <li>
        In PagerDuty, open <strong>Integrations</strong> → <strong>Generic Webhooks (v3)</strong> → <strong>New Webhook</strong>.
      </li>
      <li>Webhook URL: {code(url)}; scope: the account, or the services you will map below.</li>
      <li>
        Event subscription: tick <strong>incident.triggered</strong>, <strong>incident.acknowledged</strong>,{' '}
        <strong>incident.resolved</strong>, <strong>incident.reopened</strong> and <strong>incident.priority_updated</strong>.
      </li>
      <li>Add the webhook; PagerDuty shows its signing secret once. Create the connection with that secret (the Secret field above).</li>
    </ol>
  )
}
