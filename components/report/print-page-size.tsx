import type { ReportMeta } from '@/lib/reports/report-types'

/**
 * Prints the preview on the same paper as the PDF (the organisation's setting: A4 or US Letter),
 * landscape, so the two look alike. Rendered only on the report page, so other pages keep the
 * printer's defaults.
 */
export function PrintPageSize({ pageSize }: { pageSize: ReportMeta['pageSize'] }) {
  const size = pageSize === 'A4' ? 'A4' : 'letter'
  return <style>{`@page { size: ${size} landscape; }`}</style>
}
