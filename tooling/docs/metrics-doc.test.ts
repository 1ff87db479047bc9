import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '@/lib/metrics/catalogue'
import { renderMetricsDoc } from './metrics-doc'
import { UNITS } from '@/lib/metrics/units'

const shipped = readFileSync(path.resolve(__dirname, '../../docs/metrics.md'), 'utf8')

describe('docs/metrics.md', () => {
  it('is exactly what the catalogue renders (run `npm run docs:metrics` after changing a metric)', () => {
    expect(shipped).toBe(renderMetricsDoc())
  })

  it('has one row per metric with its definition, unit, formula and source', () => {
    const rows = shipped.split('\n').filter((line) => line.startsWith('| `'))
    expect(rows).toHaveLength(CATALOGUE.length)
    for (const m of CATALOGUE) {
      const line = rows.find((r) => r.startsWith(`| \`${m.key}\` |`))
      expect(line, m.key).toBeDefined()
      for (const text of [m.label, m.definition, UNITS[m.unit].label, m.formula, m.source])
        expect(line).toContain(text.replace(/\|/g, '\\|'))
    }
  })
})
