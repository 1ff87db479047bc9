import { z } from 'zod'

/**
 * One item of the events API (POST /api/v1/deployments, /api/v1/incidents), in the shape Four Keys,
 * DevLake and Swarmia's deployment APIs use: an external id to upsert by, instants with a time
 * zone, and the commits a deployment shipped. Unknown fields are ignored (stripped), so a sender
 * can include what its tool emits; null counts as absent for every optional field.
 */
export const EVENT_ID_MAX = 200
export const COMMITS_MAX = 1000
const SERVICE_MAX = 200

// Date, 'T', hours and minutes, optional seconds and fraction, then Z or an offset (±hh, ±hhmm, ±hh:mm).
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS[month - 1]
}

/**
 * An ISO 8601 date-time with a time zone as a Date, or null. A time without a zone is refused: the
 * quarter a deployment counts in depends on it. Out-of-range parts (30 February, 24:00) are refused
 * rather than rolled over, as Date would; years before 1970 are refused as certainly wrong.
 */
export function parseIsoDateTime(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text)
  if (!m) return null
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number)
  const millis = Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0'))
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  const offsetHours = Number(m[10] ?? '0')
  const offsetMinutes = Number(m[11] ?? '0')
  if (offsetHours > 23 || offsetMinutes > 59) return null
  const sign = m[9] === '-' ? -1 : 1
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - sign * (offsetHours * 60 + offsetMinutes) * 60_000
  return new Date(utc)
}

/**
 * The window an event's instants must fall in: from 2000-01-01 to one day after the moment the item
 * is checked (a day allows for clocks that run ahead). Outside it an instant is certainly wrong, and
 * a far-future one would create quarters no page can show.
 */
export const EVENT_WINDOW_START = new Date('2000-01-01T00:00:00Z')
export const EVENT_WINDOW_AHEAD_MS = 86_400_000
export const EVENT_WINDOW_TEXT = 'must fall between 2000-01-01T00:00:00Z and one day after now'

export function inEventWindow(date: Date, now = new Date()): boolean {
  return date.getTime() >= EVENT_WINDOW_START.getTime() && date.getTime() <= now.getTime() + EVENT_WINDOW_AHEAD_MS
}

// Text that looks like one thing and is stored as another: control characters (NUL ends a C string),
// bidirectional overrides and isolates (they reorder how an id reads), and surrogate halves without
// their partner (not Unicode at all: stored as U+FFFD, so the id would never match itself again).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Why a text of an event is not well-formed, or null when it is. */
export function malformedText(value: string): string | null {
  if (CONTROL.test(value)) return 'must not contain control characters such as NUL'
  if (BIDI.test(value)) return 'must not contain bidirectional control characters'
  if (LONE_SURROGATE.test(value)) return 'is not well-formed Unicode (a lone surrogate)'
  return null
}

const required = (what: string) => (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`)

const text = (max: number) =>
  z
    .string({ error: required('a string') })
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((value, ctx) => {
      const problem = malformedText(value)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })

const dateTime = z.string({ error: required('an ISO 8601 date-time') }).transform((value, ctx) => {
  const date = parseIsoDateTime(value)
  if (!date) {
    ctx.addIssue({ code: 'custom', message: 'is not an ISO 8601 date-time with a time zone (e.g. 2026-07-01T09:30:00Z)' })
    return z.NEVER
  }
  if (!inEventWindow(date)) {
    ctx.addIssue({ code: 'custom', message: EVENT_WINDOW_TEXT })
    return z.NEVER
  }
  return date
})

const flag = z
  .boolean({ error: 'must be true or false' })
  .nullish()
  .transform((v) => v ?? false)

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v ?? null)
const optionalDateTime = dateTime.nullish().transform((v) => v ?? null)

const commitSchema = z.object(
  { sha: text(EVENT_ID_MAX), committedAt: dateTime },
  { error: 'must be an object with "sha" and "committedAt"' },
)

export const deploymentItemSchema = z
  .object(
    {
      id: text(EVENT_ID_MAX),
      deployedAt: dateTime,
      team: optionalText(EVENT_ID_MAX),
      service: optionalText(SERVICE_MAX),
      failed: flag,
      unplanned: flag,
      // committedAt after deployedAt is kept: clocks disagree, and the lead-time formula skips it.
      commits: z
        .array(commitSchema, { error: required('a list (which may be empty)') })
        .max(COMMITS_MAX, `must list at most ${COMMITS_MAX} commits`),
    },
    { error: 'must be a JSON object' },
  )
  .superRefine((item, ctx) => {
    const seen = new Map<string, number>()
    item.commits.forEach((commit, index) => {
      const first = seen.get(commit.sha)
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['commits', index, 'sha'], message: `repeats commits[${first}].sha` })
      else seen.set(commit.sha, index)
    })
  })
export type DeploymentItem = z.output<typeof deploymentItemSchema>

export const incidentItemSchema = z
  .object(
    {
      id: text(EVENT_ID_MAX),
      openedAt: dateTime,
      acknowledgedAt: optionalDateTime,
      resolvedAt: optionalDateTime,
      severity: z
        .number({ error: required('a whole number from 1 (worst) to 4') })
        .int('must be a whole number from 1 (worst) to 4')
        .min(1, 'must be from 1 (worst) to 4')
        .max(4, 'must be from 1 (worst) to 4'),
      team: optionalText(EVENT_ID_MAX),
      causedBy: optionalText(EVENT_ID_MAX),
    },
    { error: 'must be a JSON object' },
  )
  .superRefine((item, ctx) => {
    // A negative time to restore would pull the median down; it is a clock or data error.
    for (const key of ['acknowledgedAt', 'resolvedAt'] as const) {
      const at = item[key]
      if (at && at < item.openedAt) ctx.addIssue({ code: 'custom', path: [key], message: 'is before openedAt' })
    }
  })
export type IncidentItem = z.output<typeof incidentItemSchema>

/** The first problem of an item as one line: "commits[2].committedAt: is not an ISO 8601 date-time …". */
export function itemProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue.path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  )
  return `${where || 'item'}: ${issue.message}`
}
