import { z } from 'zod'
import { ANNOTATION_TEXT_MAX, isAnnotationDay } from '@/lib/metrics/annotation-rules'
import { isMetricKey, getMetric } from '@/lib/metrics/catalogue'
import { isCategoryKey, type CategoryKey } from '@/lib/metrics/categories'

const RELOAD = 'Reload the page and try again.'

/**
 * What a note is about, as one form field: "" (the whole scope), "category:<key>" or "metric:<key>".
 * A metric note also records the metric's category, so a category's notes can be found by category.
 */
export function parseAbout(about: string): { category: CategoryKey | null; metricKey: string | null } | null {
  if (about === '') return { category: null, metricKey: null }
  const [kind, key] = about.split(':', 2)
  if (kind === 'category' && key !== undefined && isCategoryKey(key)) return { category: key, metricKey: null }
  if (kind === 'metric' && key !== undefined && isMetricKey(key)) return { category: getMetric(key).category, metricKey: key }
  return null
}

/** The form value of what a note is about; parseAbout reads it back. */
export function aboutValue(note: { category: string | null; metricKey: string | null }): string {
  if (note.metricKey !== null) return `metric:${note.metricKey}`
  return note.category !== null ? `category:${note.category}` : ''
}

const noteFields = {
  scope: z.string({ message: RELOAD }).trim().min(1, RELOAD).max(64, RELOAD),
  date: z
    .string({ message: 'Give the day it happened.' })
    .trim()
    .refine((d) => d !== '', 'Give the day it happened.')
    .refine((d) => d === '' || isAnnotationDay(d), 'Give a real day between 2000 and 2100, as YYYY-MM-DD.'),
  // Line breaks would not show in a chart's tooltip: a note is one line.
  text: z
    .string({ message: 'Write the note.' })
    .transform((t) => t.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Write the note.').max(ANNOTATION_TEXT_MAX, `A note must be at most ${ANNOTATION_TEXT_MAX} characters.`)),
  about: z
    .string()
    .default('')
    .transform((about, ctx) => {
      const parsed = parseAbout(about)
      if (!parsed) ctx.addIssue({ code: 'custom', message: 'Choose what the note is about from the list.' })
      return parsed ?? { category: null, metricKey: null }
    }),
}

const versionField = z.coerce.number({ message: RELOAD }).int(RELOAD).min(1, RELOAD)
const idField = z.coerce.number({ message: RELOAD }).int(RELOAD).min(1, RELOAD)

/** A new note: scope, day, text (one line, at most 200 characters) and what it is about. */
export const createAnnotationSchema = z.object(noteFields)

/** A changed note: the same fields, plus which note and the version the person started from. */
export const updateAnnotationSchema = z.object({ ...noteFields, id: idField, version: versionField })

/** A note to delete, at the version the person confirmed. */
export const deleteAnnotationSchema = z.object({ id: idField, version: versionField })

export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>
export type DeleteAnnotationInput = z.infer<typeof deleteAnnotationSchema>
