const EXAMPLE = `curl -X POST "$APP_URL/api/v1/deployments" \\
  -H "Authorization: Bearer $CTO_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '[{"id":"deploy-4711","deployedAt":"2026-07-01T09:30:00Z","team":"platform",
        "commits":[{"sha":"9fceb02","committedAt":"2026-06-30T16:05:00Z"}]}]'`

/** A short reference for whoever wires up a pipeline: endpoints, body shape, and what a 200 means. */
export function ApiUsage() {
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <code>POST /api/v1/deployments</code> and <code>POST /api/v1/incidents</code> (ingest scope): a JSON array or NDJSON, up to 5,000
          items and 5 MB. Items are upserted by <code>id</code>, so sending one again changes nothing.
        </li>
        <li>A batch is stored whole or not at all: 200 means every item is stored; a 400 names the first bad item by its index.</li>
        <li>
          <code>GET /api/v1/figures?quarter=2026-Q3&amp;scope=org</code> (read scope): every figure of the quarter, with value, n and
          source.
        </li>
      </ul>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{EXAMPLE}</pre>
    </div>
  )
}
