/** The rules of an import file, in the words the problems use. */
export function ImportHelp({ quarterExample, fiscalExample }: { quarterExample: string; fiscalExample: string }) {
  return (
    <details className="mt-4 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-900">How the file is read</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          The first row names the columns: <strong>quarter, scope, metric key, value</strong>, and optionally <strong>n</strong> and{' '}
          <strong>target</strong>. Case does not matter; other columns (label, unit, allowed range) are ignored.
        </li>
        <li>
          <strong>quarter</strong>: the calendar key, e.g. {quarterExample}, or the fiscal label shown on screen, e.g. {fiscalExample}.
        </li>
        <li>
          <strong>scope</strong>: <code>org</code> for the whole organisation, or a team’s slug (see Teams).
        </li>
        <li>
          <strong>value</strong>: a number in the metric’s unit and range (counts are whole numbers). A blank value means no data: it is
          never stored as 0, and a figure already stored is kept (clear a figure in the entry form).
        </li>
        <li>
          <strong>n</strong>: the sample size, a whole number of 0 or more. <strong>target</strong>: blank keeps the target in force; a
          number sets it from that quarter on.
        </li>
        <li>Rows with no value, n or target are skipped. Each scope, quarter and metric may appear once.</li>
        <li>
          CSV may be separated by commas or semicolons (with a decimal comma, as European Excel saves it). XLSX is read from the sheet
          “Figures”, or else the first sheet.
        </li>
        <li>Importing the same file again changes nothing. A published quarter changes only with a reason, as a restatement.</li>
      </ul>
    </details>
  )
}
