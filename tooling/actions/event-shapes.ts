import fc from 'fast-check'
import { COMMITS_MAX, EVENT_ID_MAX } from '@/lib/validation/event-schemas'
import { junkText, nonText, tooLong } from './bad-values'
import type { Field, Shape } from './shapes'

/**
 * The items of the events API (JSON, so any value type can arrive), for deploymentItemSchema and
 * incidentItemSchema. Instants are generated inside fixed years so that "acknowledged before it was
 * opened" happens only where a break asks for it, and inside the event window (2000 to now).
 */

/** Zones as written, with their offset in minutes. */
const ZONES = [
  ['Z', 0],
  ['+02:00', 120],
  ['-05:00', -300],
  ['+0530', 330],
  ['+01', 60],
] as const

/** An instant within [from, to) years, written as ISO 8601 with Z or an offset (the local time shifted to match). */
function instant(from: number, to: number): fc.Arbitrary<string> {
  const date = fc.date({ min: new Date(Date.UTC(from, 0, 2)), max: new Date(Date.UTC(to - 1, 11, 30)), noInvalidDate: true })
  return fc.tuple(date, fc.constantFrom(...ZONES)).map(([d, [zone, minutes]]) => {
    if (zone === 'Z') return d.toISOString()
    return `${new Date(d.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${zone}`
  })
}

const BAD_INSTANTS = [
  '2026-07-01',
  '2026-07-01T09:30:00',
  '2026-07-01 09:30:00Z',
  '2026-02-30T00:00Z',
  '2026-13-01T00:00Z',
  '1969-12-31T23:59:59Z',
  '2026-07-01T24:00Z',
  '2026-07-01T09:60Z',
  '2026-07-01T09:30:61Z',
  '2026-07-01T09:30:00+24:00',
  '2026-07-01T09:30:00+02:60',
  'yesterday',
  '',
  '1719826200',
  '2026-07-01T09:30:00ZZ',
  '+2026-07-01T09:30:00Z',
  '2026-W27-1T09:30Z',
  // Well-formed but outside the event window.
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-05:00',
  '1999-12-31T23:59:59Z',
  '2199-01-01T00:00:00Z',
]
const badInstant = fc.oneof(fc.constantFrom(...BAD_INSTANTS), junkText)
/** Not text: epoch numbers, Date objects (JSON cannot carry them, code can), and other types. */
const badInstantValue = fc.oneof(nonText, fc.constant(1719826200))

// Ids that would not read (or store) as what was sent: NUL, a bidi override, lone surrogate halves.
const malformedId = fc.constantFrom('d-1\u0000', 'd\u202e1-', '\ud800d-1', 'd-1\udc00')
const id: Field = {
  good: fc.string({ minLength: 1, maxLength: 40 }),
  bad: fc.oneof(fc.constant(''), tooLong(EVENT_ID_MAX), malformedId),
  absent: 'refused',
}
const optionalText = (max: number): Field => ({
  good: fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 40 })),
  bad: fc.oneof(fc.constant(''), tooLong(max)),
  absent: 'accepted',
  badValues: fc.constantFrom<unknown>(0, 1, true, {}, [], ['x']),
})
const flag: Field = {
  good: fc.constantFrom<unknown>(true, false, null),
  bad: fc.constantFrom<unknown>('true', 'false', 'yes', '', 1, 0),
  absent: 'accepted',
  badValues: fc.constantFrom<unknown>({}, [], [true], 'on'),
}

const commit = fc.record({ sha: fc.string({ minLength: 1, maxLength: 40 }), committedAt: instant(2020, 2026) })
const commits = fc.uniqueArray(commit, { maxLength: 5, selector: (c) => c.sha })
const badCommit = fc.oneof(
  fc.constantFrom<unknown>(null, 'abc123', 42, [], {}),
  commit.map((c) => ({ ...c, sha: '' })),
  commit.map((c) => ({ sha: c.sha })),
  commit.map((c) => ({ committedAt: c.committedAt })),
  fc.tuple(commit, badInstant).map(([c, at]) => ({ ...c, committedAt: at })),
  fc.tuple(commit, fc.oneof(nonText, tooLong(EVENT_ID_MAX))).map(([c, sha]) => ({ ...c, sha })),
)
const tooManyCommits = Array.from({ length: COMMITS_MAX + 1 }, (_, i) => ({ sha: `sha-${i}`, committedAt: '2026-07-01T09:30:00Z' }))
const badCommits = fc.oneof(
  fc
    .tuple(commits, badCommit, fc.nat())
    .map(([ok, bad, at]) => [...ok.slice(0, at % (ok.length + 1)), bad, ...ok.slice(at % (ok.length + 1))]),
  commit.map((c) => [c, { ...c }]), // the same sha twice
  fc.constant(tooManyCommits),
)

export const deploymentItemShape: Shape = {
  fields: {
    id,
    deployedAt: { good: instant(2020, 2026), bad: badInstant, absent: 'refused', badValues: badInstantValue },
    team: optionalText(EVENT_ID_MAX),
    service: optionalText(200),
    failed: flag,
    unplanned: flag,
    commits: { good: commits, bad: badCommits, absent: 'refused', badValues: fc.constantFrom<unknown>(null, 'abc', {}, 42, true) },
  },
}

const optionalInstant = (from: number, to: number): Field => ({
  good: fc.oneof(fc.constant(null), instant(from, to)),
  bad: badInstant,
  absent: 'accepted',
  badValues: fc.oneof(fc.constantFrom<unknown>(0, true, {}, []), fc.constant(1719826200)),
})

export const incidentItemShape: Shape = {
  fields: {
    id,
    // Opened in 2020, acknowledged and resolved from 2022: in order unless a break says otherwise.
    openedAt: { good: instant(2020, 2021), bad: badInstant, absent: 'refused', badValues: badInstantValue },
    acknowledgedAt: optionalInstant(2022, 2026),
    resolvedAt: optionalInstant(2022, 2026),
    severity: {
      good: fc.constantFrom<unknown>(1, 2, 3, 4),
      bad: fc.constantFrom<unknown>(0, 5, 2.5, -1, '1', 'SEV1', NaN, Infinity, 1e9),
      absent: 'refused',
      badValues: fc.constantFrom<unknown>(null, true, {}, [1]),
    },
    team: optionalText(EVENT_ID_MAX),
    causedBy: optionalText(EVENT_ID_MAX),
  },
  crossBreaks: [
    fc.tuple(instant(2025, 2026), instant(2022, 2024), fc.constantFrom('acknowledgedAt', 'resolvedAt')).map(([opened, earlier, key]) => ({
      openedAt: opened,
      [key]: earlier,
    })),
  ],
}
