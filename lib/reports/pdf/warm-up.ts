import { createElement as h } from 'react'
import { Document, Page, Polyline, Svg, Text, View, renderToBuffer } from '@react-pdf/renderer'

/**
 * Renders a one-page throwaway PDF touching what the report uses (layout engine, Helvetica,
 * text shaping, vector paths), so that a fresh worker's first real report is not the one paying
 * for loading and compiling it all.
 */
export async function warmUpPdf(): Promise<void> {
  const page = h(
    Page,
    { size: 'A4', orientation: 'landscape' },
    h(
      View,
      { style: { flexDirection: 'row' } },
      h(Text, { style: { fontFamily: 'Helvetica-Bold' } }, 'Warm-up 12.5%'),
      h(Text, null, 'page'),
    ),
    h(Svg, { width: 100, height: 40, viewBox: '0 0 100 40' }, h(Polyline, { points: '0,40 50,0 100,20', stroke: '#000', fill: 'none' })),
  )
  await renderToBuffer(h(Document, null, page))
}
