import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { UpdatingNote } from './updating-note'

describe('UpdatingNote', () => {
  it('names the quarters being recomputed in a status note', () => {
    const html = renderToStaticMarkup(createElement(UpdatingNote, { quarters: ['FY2026 Q2', 'FY2026 Q3'] }))
    expect(html).toMatch(/^<p role="status"/)
    expect(html).toContain('Updating…')
    expect(html).toContain('events for FY2026 Q2 and FY2026 Q3 are being recomputed')
  })

  it('renders nothing when no quarter shown is being recomputed', () => {
    expect(renderToStaticMarkup(createElement(UpdatingNote, { quarters: [] }))).toBe('')
  })
})
