import { buttonClass } from '@/components/ui/button'
import { EXPORT_FORMATS, EXPORT_TYPES, exportFileName, exportHref } from '@/lib/reports/export-formats'
import type { ReportMeta } from '@/lib/reports/report-types'

/**
 * The four downloads of this report. Plain links to the export routes (each has its own URL, so a
 * file can be fetched again or by a script); `download` names the file even if a header is lost.
 */
export function ReportDownloads({ meta }: { meta: ReportMeta }) {
  return (
    <section aria-labelledby="downloads-heading" className="no-print rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="downloads-heading" className="text-sm font-semibold text-slate-900">
        Download this report
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">Every file shows exactly what is on this page, with the numbers as of now.</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {EXPORT_FORMATS.map((format) => (
          <li key={format} className="flex flex-col gap-1">
            <a
              href={exportHref(format, meta.quarter, meta.scopeSlug)}
              download={exportFileName(meta, format)}
              className={buttonClass(format === 'pdf' ? 'primary' : 'secondary')}
            >
              Download {EXPORT_TYPES[format].name}
            </a>
            <span className="text-xs text-slate-600">{EXPORT_TYPES[format].description}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
