import { describe, expect, it } from 'vitest'
import { pdfText } from './pdf-text'

describe('pdfText', () => {
  it('keeps the sign of a negative change as an en dash', () => {
    expect(pdfText('\u22121.5 pts')).toBe('\u20131.5 pts')
    expect(pdfText('+4')).toBe('+4')
  })

  it('keeps everything Windows-1252 can show', () => {
    const text = 'Uptime 99.95% — FY2026 Q3 (Jul–Sep) ÷ × § “quoted” €1.2M é'
    expect(pdfText(text)).toBe(text)
  })

  it('spells out symbols Helvetica lacks and marks anything else it cannot draw', () => {
    expect(pdfText('score ≥ 80, ≤ 50')).toBe('score >= 80, <= 50')
    expect(pdfText('team 東京 🚀')).toBe('team ?? ?')
  })
})
