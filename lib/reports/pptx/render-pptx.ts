import PptxGenJS from 'pptxgenjs'
import type { ReportModel } from '../report-types'
import { addAppendixSlides } from './appendix-slides'
import { addByTeamSlides } from './by-team-slide'
import { addCoverSlide } from './cover-slide'
import { FONT } from './pptx-theme'
import { addSectionSlide } from './section-slide'
import { addSummarySlide } from './summary-slide'

/**
 * Renders the board report as a 16:9 PowerPoint deck: cover, executive summary, the teams side by
 * side with a native bar chart (the organisation's deck only; 15 teams a slide), one slide per
 * category with a native (editable) line chart, the appendix of figures and the method. Every
 * number on it is a text of the report model, as in every other export.
 */
export async function renderReportPptx(model: ReportModel): Promise<Buffer> {
  const { meta } = model
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.author = meta.preparedBy
  pptx.company = meta.orgName
  pptx.title = `Board report ${meta.quarterLabel}: ${meta.scopeName}`
  pptx.subject = `Engineering scorecard of ${meta.orgName}, ${meta.quarterLabel} (${meta.calendarSpan})`
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT }
  addCoverSlide(pptx, model)
  addSummarySlide(pptx, model)
  if (model.byTeam) addByTeamSlides(pptx, meta, model.byTeam)
  model.sections.forEach((section, i) => addSectionSlide(pptx, meta, section, i + 1))
  addAppendixSlides(pptx, model)
  // stream() is the Node output that honours compression (write() stores the XML uncompressed, ~10× larger).
  const out = await pptx.stream({ compression: true })
  if (!Buffer.isBuffer(out)) throw new Error('pptxgenjs did not return a Buffer')
  return out
}
