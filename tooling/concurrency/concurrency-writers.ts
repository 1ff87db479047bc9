import { getMetric } from '@/lib/metrics/catalogue'
import type { CategoryEntry } from '@/lib/validation/entry-schema'
import { prisma } from '@/lib/db/client'
import { CHECK_FIGURE, type SaveOutcome } from './concurrency-verify'
import { saveCategoryEntry } from '@/lib/db/services/save-category-entry'

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // Prisma's message starts with the call site; its last line is the cause.
  return `${(error as { code?: string }).code ?? error.name}: ${error.message.trim().split('\n').at(-1)}`
}

async function readVersion(): Promise<number> {
  const { scope, quarter, metricKey } = CHECK_FIGURE
  const figure = await prisma.figure.findUnique({ where: { scope_quarter_metricKey: { scope, quarter, metricKey } } })
  return figure?.version ?? 0
}

function entryOf(value: number, baseVersion: number): CategoryEntry {
  const { scope, quarter, category, metricKey } = CHECK_FIGURE
  // The target is the catalogue default the quarter already has, so only the figure changes.
  const target = getMetric(metricKey).defaultTarget ?? null
  return { scope, quarter, category, commentary: '', figures: [{ metricKey, value, n: null, inputs: null, target, baseVersion }] }
}

/**
 * One writer as a person with a form open: it reads the current version, then saves a value no
 * other save uses, based on that version. Refused or failed, it reads again before the next save.
 */
async function runWriter(writer: number, saves: number): Promise<SaveOutcome[]> {
  const outcomes: SaveOutcome[] = []
  let version = await readVersion()
  for (let i = 0; i < saves; i++) {
    const value = writer * saves + i + 1
    try {
      const saved = await saveCategoryEntry(entryOf(value, version), `writer-${writer}`)
      if (saved.ok && saved.changed === 1) {
        version = saved.versions[CHECK_FIGURE.metricKey]
        outcomes.push({ writer, value, result: 'accepted', version })
        continue
      }
      const conflict = saved.ok ? undefined : saved.conflicts?.[CHECK_FIGURE.metricKey]
      if (conflict) outcomes.push({ writer, value, result: 'refused', version: null })
      else outcomes.push({ writer, value, result: 'error', version: null, error: `unexpected answer ${JSON.stringify(saved)}` })
    } catch (error) {
      outcomes.push({ writer, value, result: 'error', version: null, error: describe(error) })
    }
    version = await readVersion()
  }
  return outcomes
}

/** Runs writers first…first+count-1 of this process at once; each saves `saves` times. */
export async function runWriters(first: number, count: number, saves: number): Promise<SaveOutcome[]> {
  const writers = Array.from({ length: count }, (_, i) => runWriter(first + i, saves))
  return (await Promise.all(writers)).flat()
}

export async function disconnectWriters(): Promise<void> {
  await prisma.$disconnect()
}
