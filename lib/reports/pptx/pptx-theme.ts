import type PptxGenJS from 'pptxgenjs'
import type { ChangeDirection } from '@/lib/metrics/change'
import type { Status } from '@/lib/metrics/scoring'
import { footerLine, scopeLine } from '../pdf/meta-texts'
import type { ReportMeta } from '../report-types'

// Hex without '#', as PowerPoint takes colours; the same status colours as the app and the PDF.
export const STATUS_HEX: Record<Status, string> = { on_track: '15803D', at_risk: 'B45309', off_track: 'B91C1C' }
export const HEX = { ink: '0F172A', muted: '475569', faint: '94A3B8', rule: 'CBD5E1', band: 'F1F5F9', brand: '1D4ED8', none: '64748B' }
export const FONT = 'Arial'

/** LAYOUT_WIDE: 16:9 at 13.33 × 7.5 inches. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 }
export const CONTENT_WIDTH = SLIDE.width - 2 * SLIDE.margin

export function statusHex(status: Status | null): string {
  return status ? STATUS_HEX[status] : HEX.none
}

export function directionHex(direction: ChangeDirection): string {
  if (direction === 'better') return STATUS_HEX.on_track
  if (direction === 'worse') return STATUS_HEX.off_track
  return direction === 'same' ? HEX.muted : HEX.ink
}

/** A slide with the running footer (scope, quarter, slide number) and, unless `eyebrow` is null, a title. */
export function newSlide(pptx: PptxGenJS, meta: ReportMeta, title: string | null, eyebrow?: string): PptxGenJS.Slide {
  const slide = pptx.addSlide()
  slide.background = { color: 'FFFFFF' }
  const foot = { y: SLIDE.height - 0.4, h: 0.25, fontFace: FONT, fontSize: 9, color: HEX.muted, margin: 0 }
  slide.addText(`${scopeLine(meta)} · Board report ${footerLine(meta)}`, { ...foot, x: SLIDE.margin, w: CONTENT_WIDTH - 1, fit: 'shrink' })
  slide.slideNumber = {
    x: SLIDE.width - SLIDE.margin - 0.6,
    y: SLIDE.height - 0.4,
    w: 0.6,
    h: 0.25,
    fontFace: FONT,
    fontSize: 9,
    color: HEX.muted,
    align: 'right',
  }
  if (title !== null) {
    if (eyebrow)
      slide.addText(eyebrow.toUpperCase(), {
        x: SLIDE.margin,
        y: 0.3,
        w: 8,
        h: 0.25,
        fontFace: FONT,
        fontSize: 10,
        color: HEX.muted,
        charSpacing: 1,
        margin: 0,
      })
    slide.addText(title, { x: SLIDE.margin, y: 0.55, w: 8.5, h: 0.55, fontFace: FONT, fontSize: 26, bold: true, color: HEX.ink, margin: 0 })
  }
  return slide
}

type Cell = PptxGenJS.TableCell

/** A table cell; every table on every slide is built from these so that they look alike. */
export function cell(text: string, options: PptxGenJS.TableCellProps = {}): Cell {
  return { text, options: { fontFace: FONT, fontSize: 11, color: HEX.ink, valign: 'top', margin: [3, 4, 3, 4], ...options } }
}

export function headCell(text: string, options: PptxGenJS.TableCellProps = {}): Cell {
  return cell(text, {
    fontSize: 9,
    color: HEX.muted,
    border: [{ type: 'none' }, { type: 'none' }, { pt: 1, color: HEX.faint }, { type: 'none' }],
    ...options,
  })
}

/** A body row: a hairline under it, like a board paper's table. */
export const ROW_BORDER: PptxGenJS.TableCellProps['border'] = [
  { type: 'none' },
  { type: 'none' },
  { pt: 0.5, color: HEX.rule },
  { type: 'none' },
]
