import { Document } from '@react-pdf/renderer'
import type { ReportModel } from '../report-types'
import { AppendixPages } from './appendix-pages'
import { ByTeamPage } from './by-team-page'
import { CoverPage } from './cover-page'
import { SectionPage } from './section-page'
import { SummaryPage } from './summary-page'
import { pdfText } from './pdf-text'

/** The board paper: cover, executive summary, the teams side by side (organisation only), one section per category, appendix. */
export function ReportDocument({ model }: { model: ReportModel }) {
  const { meta } = model
  return (
    <Document
      title={pdfText(`Board report ${meta.quarterLabel}: ${meta.scopeName}`)}
      author={pdfText(meta.preparedBy)}
      subject={pdfText(`Engineering scorecard of ${meta.orgName}, ${meta.quarterLabel} (${meta.calendarSpan})`)}
      creator="CTO Scorecard"
      producer="CTO Scorecard"
      creationDate={new Date(meta.preparedAt)}
      language="en"
    >
      <CoverPage model={model} />
      <SummaryPage model={model} />
      {model.byTeam ? <ByTeamPage model={model} rows={model.byTeam} /> : null}
      {model.sections.map((section, i) => (
        <SectionPage key={section.key} section={section} meta={meta} number={i + 1} />
      ))}
      <AppendixPages model={model} />
    </Document>
  )
}
