import { quarterProgress, type QuarterProgress } from '@/lib/metrics/quarter-progress'
import { quartersEnding } from '@/lib/metrics/quarters'
import { TREND_QUARTERS } from '@/lib/metrics/scorecard-model'
import { showsDemoFigures } from './demo-figures'
import { getSettings } from './settings'

/** What a page of one scope's quarter must warn about: the quarter in progress, demo figures. */
export interface QuarterNoticeFacts {
  progress: QuarterProgress | null
  demo: boolean
}

/** The notices of a scope's quarter as shown at `now`, in the organisation's time zone. */
export async function getQuarterNotices(scope: string, quarter: string, now = new Date()): Promise<QuarterNoticeFacts> {
  const [{ timeZone }, demo] = await Promise.all([getSettings(), showsDemoFigures(scope, quartersEnding(quarter, TREND_QUARTERS))])
  return { progress: quarterProgress(quarter, timeZone, now), demo }
}
