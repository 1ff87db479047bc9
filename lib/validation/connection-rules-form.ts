import type { FieldErrors } from './field-errors'

/** A comma- or line-separated list as the rules form takes it ("production, prod"). */
const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)

/** "p1=1, high=2" as the severities map; a pair that is not name=1..4 is a field error. */
function severities(text: string | undefined): Record<string, number> | string {
  const out: Record<string, number> = {}
  for (const pair of list(text)) {
    const m = /^([^=]+)=\s*([1-4])$/.exec(pair)
    if (!m) return `"${pair}" is not name=severity (1 to 4), e.g. P1=1.`
    out[m[1].trim().toLowerCase()] = Number(m[2])
  }
  return out
}

/** The rules form's text fields as the rules object the schema checks (the service parses it again). */
export function rulesFromForm(fields: Record<string, string>): { ok: true; rules: unknown } | { ok: false; fieldErrors: FieldErrors } {
  const severityMap = severities(fields.severities)
  if (typeof severityMap === 'string') return { ok: false, fieldErrors: { severities: severityMap } }
  const hours = Number(fields.incidentLinkHours)
  if (fields.incidentLinkHours === undefined || fields.incidentLinkHours.trim() === '' || !Number.isFinite(hours)) {
    return { ok: false, fieldErrors: { incidentLinkHours: 'Enter a number of hours (0 never links).' } }
  }
  const defaultSeverity = Number(fields.defaultSeverity)
  return {
    ok: true,
    rules: {
      productionEnvironments: list(fields.productionEnvironments),
      failedStatuses: list(fields.failedStatuses),
      deploymentWorkflows: list(fields.deploymentWorkflows),
      severities: severityMap,
      defaultSeverity,
      incidentLinkHours: hours,
    },
  }
}
