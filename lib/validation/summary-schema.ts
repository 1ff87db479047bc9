import { z } from 'zod'
import { isQuarterKey } from '@/lib/metrics/quarters'
import { REASON_MAX } from './entry-schema'

/** The CTO's summary is read aloud at the board: a few paragraphs, like a category's commentary. */
export const SUMMARY_MAX = 2000

/** The commentary "category" the CTO's summary is stored under, beside the six categories' commentary. */
export const SUMMARY_CATEGORY = 'summary'

/** Browsers send a textarea's line breaks as CRLF: they are counted and stored as one character. */
const lines = z
  .string()
  .default('')
  .transform((value) => value.replace(/\r\n?/g, '\n'))

function text(max: number, message: string) {
  return lines.pipe(z.string().max(max, message)).transform((value) => value.trim())
}

/**
 * The summary form. `base` is the text the form was opened with, so a save can tell whether
 * someone else changed the summary meanwhile (and refuse rather than overwrite it silently).
 * Whether a reason is required (the quarter is published) is decided by the server from the
 * database, never from the form.
 */
export const summarySchema = z.object({
  scope: z.string({ message: 'Reload the page and try again.' }).trim().min(1, 'Reload the page and try again.').max(64),
  quarter: z.string({ message: 'Reload the page and try again.' }).refine(isQuarterKey, 'Reload the page and try again.'),
  text: text(SUMMARY_MAX, `The summary must be at most ${SUMMARY_MAX.toLocaleString('en-US')} characters.`),
  base: lines.transform((value) => value.trim()),
  reason: text(REASON_MAX, `The reason must be at most ${REASON_MAX} characters.`),
})

export type SummaryInput = z.infer<typeof summarySchema>
