import type { PreviewSummary } from '@/lib/import/preview-rows'

/** "12 rows: 3 new, 2 changed, 7 unchanged, 1 target set." Nothing is stored until Apply. */
export function PreviewSummaryLine({ summary }: { summary: PreviewSummary }) {
  const parts = [
    [summary.new, 'new'],
    [summary.changed, 'changed'],
    [summary.unchanged, 'unchanged'],
    [summary.targets, summary.targets === 1 ? 'target set' : 'targets set'],
    [summary.skipped, 'empty (skipped)'],
    [summary.problemRows, summary.problemRows === 1 ? 'with a problem' : 'with problems'],
  ] as const
  const counts = parts.filter(([count]) => count > 0).map(([count, word]) => `${count.toLocaleString('en-US')} ${word}`)
  return (
    <p className="text-sm text-slate-700">
      {summary.rows.toLocaleString('en-US')} {summary.rows === 1 ? 'row' : 'rows'}
      {counts.length > 0 ? `: ${counts.join(', ')}` : ''}. Nothing is stored until you apply the import.
    </p>
  )
}
