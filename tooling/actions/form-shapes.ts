import fc from 'fast-check'
import { BENCHMARK_SETS } from '@/lib/metrics/benchmarks'
import { CATEGORY_KEYS } from '@/lib/metrics/categories'
import { blank, junkText, text, tooLong } from './bad-values'
import { goodQuarter } from './entry-shape'
import { ABSENT, type Field, type Shape } from './shapes'

/** The shapes of the settings, team, user, sign-in and publish forms (see shapes.ts). */

const oneOf = (...values: string[]) => fc.constantFrom(...values)
/** Text with a character that no slug, currency code, email or number allows. */
const withStray = (c: string) => fc.string({ maxLength: 20 }).map((s) => s.replaceAll('@', '') + c)

const severityWeight: Field = {
  good: fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), oneOf(' 10 ', '05')),
  bad: fc.oneof(oneOf('', '-1', '101', '2.5', '1e1', '0x4', 'ten'), junkText),
  absent: 'refused',
  badValues: fc.constantFrom<unknown>(-1, 101, 2.5, NaN, Infinity, {}, 'x', null),
}

export const settingsShape: Shape = {
  fields: {
    orgName: { good: text(1, 120), bad: fc.oneof(blank, tooLong(120)), absent: 'refused' },
    fiscalStartMonth: {
      good: oneOf('1', '4', '7', '10', ' 4 ', '07'),
      bad: fc.oneof(
        fc
          .integer({ min: -100, max: 100 })
          .filter((m) => ![1, 4, 7, 10].includes(m))
          .map(String),
        oneOf('1.5', 'abc', 'January', ''),
        junkText,
      ),
      absent: 'refused',
      // Not `true` or [1]: coercion reads them as January, which a form cannot send anyway.
      badValues: fc.constantFrom<unknown>(2, 0, 13, 4.5, NaN, Infinity, {}, 'x', null),
    },
    timeZone: {
      good: oneOf('UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5', ' UTC '),
      bad: fc.oneof(
        oneOf('', ' ', 'Mars/Olympus', 'GMT+25', '+05:00', 'UTC+1', 'Europe/Londn', 'utc/'),
        fc.string().map((s) => `Nowhere/${s}`),
      ),
      absent: 'refused',
    },
    currency: {
      good: oneOf('USD', 'EUR', 'gbp', ' JPY ', 'CHF'),
      bad: fc.oneof(oneOf('', 'US', 'USDD', '123', 'U S', '€€€', 'US$', 'dollars'), withStray('9')),
      absent: 'refused',
    },
    defaultBenchmarkSet: {
      good: oneOf(...BENCHMARK_SETS.map((s) => s.id)),
      bad: fc.oneof(oneOf('2020', '2025', '', ' 2023', '2023 ', 'latest'), junkText),
      absent: 'refused',
    },
    reportPageSize: {
      good: oneOf('A4', 'LETTER'),
      bad: fc.oneof(oneOf('a4', 'Letter', 'A5', '', ' A4', 'LEGAL'), junkText),
      absent: 'refused',
    },
    severityWeightCritical: severityWeight,
    severityWeightHigh: severityWeight,
    severityWeightMedium: severityWeight,
    severityWeightLow: severityWeight,
  },
}

const goodSlug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'))
  .filter((slug) => slug !== 'org')
  .chain((slug) => oneOf(slug, slug.toUpperCase(), ` ${slug} `))
export const badSlug = fc.oneof(
  oneOf('org', 'ORG', ' org ', '-a', 'a-', 'a--b', 'a_b', 'é', 'a b', 'a/b', '..'),
  tooLong(40),
  withStray('_').map((s) => `_${s}`),
)
export const teamName: Field = { good: text(1, 80), bad: fc.oneof(blank, tooLong(80)), absent: 'refused' }
export const teamSlug: Field = { good: goodSlug, bad: badSlug, absent: 'depends' }
const id: Field = { good: fc.string({ minLength: 1, maxLength: 30 }), bad: fc.constant(''), absent: 'refused' }
const trueOrFalse: Field = {
  good: oneOf('true', 'false'),
  bad: fc.oneof(oneOf('yes', 'TRUE', 'False', '1', '0', '', ' true', 'on'), junkText),
  absent: 'refused',
  badValues: fc.constantFrom<unknown>(1, 0, null, {}, [], 'on'),
}
/** A blank slug is derived from the name: refused when the name gives no slug, or gives "org". */
const slugFromName = fc.record({
  name: oneOf('&&&', '!!!', '漢字', '—', 'Org', 'ORG', ' org '),
  slug: fc.oneof(fc.constant(''), blank),
})

export const createTeamShape: Shape = { fields: { name: teamName, slug: teamSlug }, crossBreaks: [slugFromName] }
export const renameTeamShape: Shape = { fields: { id, name: teamName, slug: teamSlug }, crossBreaks: [slugFromName] }
export const setTeamArchivedShape: Shape = { fields: { id, archived: trueOrFalse } }

export const goodEmail = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.stringMatching(/^[a-z]{1,10}$/), oneOf('com', 'test', 'org', 'io'))
  .chain(([local, domain, tld]) => oneOf(`${local}@${domain}.${tld}`, ` ${local.toUpperCase()}@${domain}.${tld} `))
const badEmail = fc.oneof(
  oneOf('', 'no-at', 'a@', '@b.com', 'a@b', 'a b@c.de', 'a@b..com', 'ü@b.de', 'a@ü.de', 'a@@b.com', '<a@b.com>', 'a@b.com>'),
  fc.constant(`${'a'.repeat(250)}@b.com`),
  withStray(''),
)
export const email: Field = { good: goodEmail, bad: badEmail, absent: 'refused' }
const goodPassword = fc.stringMatching(/^[A-Za-z0-9]{10,40}$/).map((s) => `Zq${s}!`)
const badPassword = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 7 }),
  fc.string({ unit: 'binary', minLength: 129, maxLength: 200 }),
  fc.constant('😀'.repeat(300)),
  oneOf('password1', 'Password123', 'QWERTYUIOP', '12345678', 'iloveyou', 'sunshine1', 'football1'),
)
export const password: Field = { good: goodPassword, bad: badPassword, absent: 'refused' }
const userName: Field = { good: text(1, 120), bad: fc.oneof(blank, tooLong(120)), absent: 'refused' }
// A category owner is the one role whose categories matter: the cross-field break below.
const role: Field = {
  good: oneOf('admin', 'editor', 'viewer'),
  bad: fc.oneof(oneOf('Admin', 'ADMIN', 'root', 'superuser', '', ' admin', 'admin ', 'owner,admin'), junkText),
  absent: 'refused',
}
const categories: Field = {
  good: fc.subarray([...CATEGORY_KEYS]),
  bad: fc
    .tuple(fc.subarray([...CATEGORY_KEYS]), fc.oneof(oneOf('Talent', 'hr', '', ' talent', 'all', '*'), junkText))
    .map(([ok, bad]) => [...ok, bad]),
  absent: 'accepted',
  badValues: fc.constantFrom<unknown>(42, null, {}, [1], [null], true),
}
const ownerWithout = fc.record({ role: fc.constant('owner'), categories: fc.constant<string[]>([]) })

export const userDetailsShape: Shape = { fields: { email, name: userName, role, categories }, crossBreaks: [ownerWithout] }
export const newUserShape: Shape = { fields: { email, name: userName, role, categories, password }, crossBreaks: [ownerWithout] }
export const changeRoleShape: Shape = { fields: { id, role, categories }, crossBreaks: [ownerWithout] }
/** The schema takes an id or an email (the command line names users by email); the form sends the id. */
export const setUserDisabledShape: Shape = {
  fields: { id: { ...id, absent: 'depends' }, email: { ...email, absent: 'accepted' }, disabled: trueOrFalse },
  crossBreaks: [fc.constant({ id: ABSENT, email: ABSENT })],
}
export const toggleUserDisabledShape: Shape = { fields: { id, disabled: trueOrFalse } }
/** First-run setup: a new user without role or categories, the password typed twice (see setupForm). */
export const setupShape: Shape = { fields: { email, name: userName, password } }

export const signInShape: Shape = {
  fields: {
    email: { good: fc.string({ maxLength: 100 }), bad: tooLong(254), absent: 'refused' },
    password: { good: fc.string({ maxLength: 100 }), bad: tooLong(512), absent: 'refused' },
  },
}

/** Publishing a quarter: a scope that is neither the organisation nor a team, or a malformed quarter. */
export function publishShape(teamIds: string[]): Shape {
  return {
    fields: {
      scope: {
        good: oneOf('org', ...teamIds),
        bad: fc.oneof(
          oneOf('', ' org', 'ORG', 'org '),
          fc.string({ maxLength: 30 }).map((s) => `no-such-team-${s}`),
        ),
        absent: 'refused',
      },
      quarter: { good: goodQuarter, bad: fc.oneof(oneOf('2026-Q5', '2026Q1', '', 'Q1-2026', '2026-q1'), junkText), absent: 'refused' },
    },
  }
}

/** The CTO's summary on the report page; `base` (the text the form opened with) may be any text. */
export const summaryShape: Shape = {
  fields: {
    scope: { good: fc.oneof(fc.constant('org'), text(1, 64)), bad: fc.oneof(blank, tooLong(64)), absent: 'refused' },
    quarter: { good: goodQuarter, bad: fc.oneof(oneOf('2026-Q5', '2026Q1', '', ' 2026-Q1'), junkText), absent: 'refused' },
    text: { good: text(0, 300), bad: tooLong(2000), absent: 'accepted' },
    base: { good: text(0, 300), absent: 'accepted' },
    reason: { good: text(0, 200), bad: tooLong(500), absent: 'accepted' },
  },
}

export const createApiTokenShape: Shape = {
  fields: {
    name: { good: text(1, 80), bad: fc.oneof(blank, tooLong(80)), absent: 'refused' },
    scope: {
      good: oneOf('ingest', 'read'),
      bad: fc.oneof(oneOf('Ingest', 'READ', 'write', 'admin', '', 'read,ingest', ' read'), junkText),
      absent: 'refused',
    },
  },
}

export const revokeApiTokenShape: Shape = { fields: { id: { good: text(1, 100), bad: fc.oneof(blank, tooLong(100)), absent: 'refused' } } }

/** The text field sent with an import file (the file itself: import-forms.ts). */
export const importFormShape: Shape = { fields: { reason: { good: text(0, 200), bad: tooLong(500), absent: 'accepted' } } }

/** The Connections page's forms (lib/actions/connections.ts). */
export const createConnectionShape: Shape = {
  fields: {
    provider: {
      good: oneOf('github', 'gitlab', 'pagerduty'),
      bad: fc.oneof(oneOf('GitHub', 'bitbucket', '', ' github', 'jira'), junkText),
      absent: 'refused',
    },
    name: { good: text(1, 80), bad: fc.oneof(blank, tooLong(80)), absent: 'refused' },
    secret: { good: oneOf('', 'a'.repeat(16), 'f'.repeat(64)), bad: oneOf('too-short', 'x'.repeat(300)), absent: 'accepted' },
  },
}

export const updateConnectionShape: Shape = {
  fields: {
    id: { good: text(1, 100), bad: fc.oneof(oneOf(''), tooLong(100)), absent: 'refused' },
    name: { good: text(1, 80), bad: fc.oneof(blank, tooLong(80)), absent: 'accepted' },
  },
}

// A blank team on the form removes a mapping, so only an over-long one is invalid here.
export const mapSourceShape: Shape = {
  fields: {
    connectionId: { good: text(1, 100), bad: fc.oneof(oneOf(''), tooLong(100)), absent: 'refused' },
    sourceId: { good: text(1, 300), bad: fc.oneof(blank, tooLong(300)), absent: 'refused' },
    team: { good: text(1, 200), bad: tooLong(200), absent: 'refused' },
  },
}

export const connectionRulesFormShape: Shape = {
  fields: {
    id: { good: text(1, 100), bad: fc.oneof(oneOf(''), tooLong(100)), absent: 'refused' },
    incidentLinkHours: { good: oneOf('0', '24', '1.5'), bad: oneOf('', ' ', 'abc', '-1', '400', '24h'), absent: 'refused' },
  },
}

/** The form that changes or removes an incident's link to a deployment (lib/actions/incident-link.ts). */
export const incidentLinkShape: Shape = {
  fields: {
    incident: { good: text(1, 200), bad: fc.oneof(blank, tooLong(200)), absent: 'refused' },
    // null removes the link, as an empty id does (the "Remove link" button sends it), so it is no bad value here.
    deployment: { good: text(0, 200), bad: tooLong(200), absent: 'accepted', badValues: fc.constantFrom<unknown>(42, {}, [1], true) },
  },
}
/** The note forms (lib/actions/annotations.ts). */
const noteDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const noteFields = {
  scope: { good: fc.oneof(fc.constant('org'), text(1, 64)), bad: fc.oneof(blank, tooLong(64)), absent: 'refused' },
  date: {
    good: noteDay,
    bad: fc.oneof(oneOf('2026-02-30', '2026-13-01', '1999-12-31', '14/08/2026', '2026-8-14', ''), junkText),
    absent: 'refused',
  },
  text: { good: text(1, 150), bad: fc.oneof(blank, tooLong(200)), absent: 'refused' },
  about: {
    good: oneOf('', 'category:delivery', 'metric:releases'),
    bad: fc.oneof(oneOf('category:hr', 'metric:uptime', 'delivery', 'metric:', ':releases'), junkText),
    absent: 'accepted',
  },
} satisfies Shape['fields']
const noteNumber = {
  good: fc.integer({ min: 1, max: 1_000_000 }).map(String),
  bad: oneOf('0', '-1', '1.5', 'x', ''),
  absent: 'refused',
  // Coerced like the entry form's versions, so a number is as good as its text; only bad numbers are refused.
  badValues: fc.constantFrom<unknown>(0, -1, 1.5, NaN, Infinity, {}, [1, 2]),
} as const
export const createAnnotationShape: Shape = { fields: noteFields }
export const updateAnnotationShape: Shape = { fields: { ...noteFields, id: noteNumber, version: noteNumber } }
export const deleteAnnotationShape: Shape = { fields: { id: noteNumber, version: noteNumber } }
