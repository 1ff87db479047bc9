import { Text } from '@react-pdf/renderer'
import type { ChangeDirection } from '@/lib/metrics/change'
import type { DeltaText } from '../report-types'
import { COLOURS, STATUS_COLOURS } from './pdf-theme'
import { pdfText } from './pdf-text'

const DIRECTION_COLOURS: Record<ChangeDirection, string> = {
  better: STATUS_COLOURS.on_track,
  worse: STATUS_COLOURS.off_track,
  same: COLOURS.muted,
  neutral: COLOURS.ink,
}

/** A change, coloured by whether it is better or worse (the sign alone says which way it moved). */
export function Delta({ delta, suffix = '' }: { delta: DeltaText; suffix?: string }) {
  return <Text style={{ color: DIRECTION_COLOURS[delta.direction] }}>{pdfText(delta.text + suffix)}</Text>
}
