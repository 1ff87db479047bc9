import { prisma } from '../client'
import { previousQuarter, quarterOf } from '@/lib/metrics/quarters'
import { getSettings } from '../queries/settings'
import { writeTransaction } from '../write-transaction'
import { loadDemoData } from './load-demo-data'

const FIRST_START_FLAG = 'flag:firstStartAt'

/**
 * Runs once per database: on its first start, loads demo data ending with the quarter that has just
 * ended, unless asked not to. Later starts (and a start after the demo data was removed) load nothing.
 */
export async function runFirstStart(options: { loadDemo: boolean; now?: Date }): Promise<string> {
  const done = await prisma.setting.findUnique({ where: { key: FIRST_START_FLAG } })
  if (done) return 'Database ready (existing data kept).'
  const now = options.now ?? new Date()
  let message = 'Database ready (empty: DEMO_DATA=0).'
  if (options.loadDemo) {
    const { timeZone } = await getSettings()
    const { figures } = await loadDemoData(previousQuarter(quarterOf(now, timeZone)))
    message = `Database ready with demo data (${figures} figures). Remove it under Settings.`
  }
  await writeTransaction((tx) => tx.setting.create({ data: { key: FIRST_START_FLAG, value: now.toISOString() } }))
  return message
}
