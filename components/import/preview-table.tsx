import { IMPORT_COLUMNS } from '@/lib/import/import-columns'
import type { PreviewRow } from '@/lib/import/preview-rows'

const TH = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase'
const TD = 'px-3 py-1.5 align-top whitespace-nowrap'

const STATUS: Record<PreviewRow['status'], { label: string; className: string }> = {
  new: { label: 'New', className: 'bg-blue-100 text-blue-900' },
  changed: { label: 'Changed', className: 'bg-amber-100 text-amber-900' },
  unchanged: { label: 'Unchanged', className: 'bg-slate-100 text-slate-700' },
  kept: { label: 'Blank', className: 'bg-slate-100 text-slate-700' },
  skipped: { label: 'Skipped', className: 'bg-slate-100 text-slate-700' },
  problem: { label: 'Problem', className: 'bg-red-100 text-red-900' },
}

/** The file's rows as read, each with what applying it would do (or that it has a problem). */
export function PreviewTable({ rows, total, fileName }: { rows: readonly PreviewRow[]; total: number; fileName: string }) {
  return (
    <div className="relative overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">
          Rows of {fileName}
          {total > rows.length ? ` (the first ${rows.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')})` : ''}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Row
            </th>
            {IMPORT_COLUMNS.map((column) => (
              <th key={column} scope="col" className={TH}>
                {column}
              </th>
            ))}
            <th scope="col" className={TH}>
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.row} className={row.status === 'problem' ? 'bg-red-50' : undefined}>
              <th scope="row" className={`${TD} text-left font-normal text-slate-600 tabular-nums`}>
                {row.row}
              </th>
              {IMPORT_COLUMNS.map((column) => (
                <td
                  key={column}
                  className={`${TD} max-w-48 truncate ${column === 'metric key' ? 'font-mono text-xs' : ''}`}
                  title={row.cells[column]}
                >
                  {row.cells[column]}
                </td>
              ))}
              <td className={TD}>
                <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${STATUS[row.status].className}`}>
                  {STATUS[row.status].label}
                </span>
                <span className="text-slate-700">{row.detail}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
