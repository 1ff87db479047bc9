import type { ReportMeta } from '../report-types'

// Texts the report model does not carry yet, shared by the PDF and the PPTX so that they agree.
// (Their natural home is the model itself, built in lib/reports/build-report.ts.)

/** A date-time of the model (ISO, UTC) as its UTC calendar day, e.g. "2026-11-28"; "—" for none. */
export function isoDay(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—'
}

/** A sample size in en-US digits, e.g. "1,204"; "—" for none. */
export function nText(n: number | null): string {
  return n === null ? '—' : n.toLocaleString('en-US')
}

/** "Acme · Payments" for a team, "Acme · Organisation-wide" for the organisation. */
export function scopeLine(meta: ReportMeta): string {
  return `${meta.orgName} · ${meta.scopeId === 'org' ? 'Organisation-wide' : meta.scopeName}`
}

export function publicationLine(meta: ReportMeta): string {
  if (!meta.published) return 'Draft: quarter not yet published'
  return `Published ${isoDay(meta.published.at)}${meta.published.by ? ` by ${meta.published.by}` : ''}`
}

/** The running line every page and slide carries: quarter, publication, and the report's marks (in progress, demo data). */
export function footerLine(meta: ReportMeta): string {
  return [meta.quarterLabel, publicationLine(meta), ...meta.marks].join(' · ')
}

/** The cover's warnings, one sentence each: a quarter in progress, demo data. */
export function coverNotices(meta: ReportMeta): string[] {
  const notices: string[] = []
  if (meta.inProgress) {
    notices.push(
      `${meta.quarterLabel} is ${meta.inProgress.text}: every figure, score and status is provisional until the quarter ends; per-day rates divide by the ${meta.inProgress.day} days elapsed.`,
    )
  }
  if (meta.demo) notices.push('Demo data: the figures in this report are examples loaded with the app, not measurements.')
  return notices
}
