import type { ReactNode } from 'react'
import type { ReportMeta } from '@/lib/reports/report-types'
import { coverNotices } from '@/lib/reports/pdf/meta-texts'

/** The day of an ISO date-time as written in every renderer (UTC, YYYY-MM-DD), so the pages agree with the files. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10)
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-3">
      <dt className="w-32 shrink-0 text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  )
}

/** The cover: organisation, quarter and scope, when and by whom the report was prepared. */
export function ReportCover({ meta }: { meta: ReportMeta }) {
  const scope = meta.scopeId === 'org' ? 'Organisation-wide' : meta.scopeName
  const status = meta.published
    ? `Published ${isoDay(meta.published.at)}${meta.published.by ? ` by ${meta.published.by}` : ''}`
    : 'Draft: quarter not yet published'
  return (
    <section aria-labelledby="cover-heading" className="report-page report-cover rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <div className="border-l-4 border-brand pl-5">
        <p className="text-xs font-semibold tracking-wider text-slate-600 uppercase">Engineering scorecard · Board report</p>
        <h2 id="cover-heading" className="mt-1 text-3xl font-semibold tracking-tight">
          {meta.orgName}
        </h2>
        <p className="mt-1 text-xl">{meta.quarterLabel}</p>
        <p className="text-sm text-slate-600">
          {meta.calendarSpan} · {scope}
        </p>
      </div>
      <dl className="mt-6 space-y-1.5 pl-6 text-sm">
        <Fact label="Date prepared">
          <time dateTime={meta.preparedAt}>{isoDay(meta.preparedAt)}</time>
        </Fact>
        <Fact label="Prepared by">{meta.preparedBy}</Fact>
        <Fact label="Status">{status}</Fact>
        <Fact label="Benchmarks">{meta.benchmark.title}</Fact>
      </dl>
      {coverNotices(meta).map((notice) => (
        <p key={notice} className="mt-4 ml-6 rounded-md border border-blue-700 px-3 py-2 text-sm font-semibold text-blue-800">
          {notice}
        </p>
      ))}
    </section>
  )
}
