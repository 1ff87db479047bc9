import { ChangeIndicator } from '@/components/scorecard/change-indicator'
import type { DeltaText } from '@/lib/reports/report-types'

/** The sign of a change as the model prints it ("+4", "−1.5 pts", "0", "—"). */
export function signOf(delta: DeltaText): number {
  if (delta.text.startsWith('+')) return 1
  if (delta.text.startsWith('\u2212')) return -1
  return 0
}

/** A change since a past quarter, with arrow and "better"/"worse" in words (colour alone fails in print). */
export function Delta({ delta, against, compact = false }: { delta: DeltaText; against: string; compact?: boolean }) {
  return (
    <ChangeIndicator
      text={delta.text === '—' ? null : delta.text}
      sign={signOf(delta)}
      direction={delta.direction}
      against={against}
      showWord={!compact}
      compact={compact}
    />
  )
}
