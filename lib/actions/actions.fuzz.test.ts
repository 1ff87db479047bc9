import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { CATEGORY_KEYS } from '@/lib/metrics/categories'
import { INITIAL_ENTRY_STATE } from '@/lib/actions/entry-form-state'
import { createActors } from '@/tooling/actions/actors'
import { listHandlers } from '@/tooling/actions/discover'
import { entryShape } from '@/tooling/actions/entry-shape'
import { invalidImports } from '@/tooling/actions/import-forms'
import * as shapes from '@/tooling/actions/form-shapes'
import { ssoSettingsShape } from '@/tooling/actions/sso-shape'
import { invalidEntries, toFormData, validEntries, type Entries, type Shape } from '@/tooling/actions/shapes'
import { openCountingDatabase, type CountingDatabase } from '@/tooling/db/counting-database'
import { FORBIDDEN_MESSAGE, SIGN_IN_MESSAGE } from '@/lib/auth/permissions'
import type { ActionHandler } from './handler'

/**
 * Bad input, action by action: every handler in lib/actions gets 10,000 invalid forms from
 * an admin (so permission passes and validation is what refuses), against one migrated database.
 * Every answer must be a refusal, nothing may throw, and no row of any table may change. Handlers
 * marked `reads` look something up before they can refuse; all others must refuse without a query.
 */
const RUNS = 10_000
const PUBLISHED = { scope: 'org', quarter: '1999-Q4' } // outside the quarters the generators call good

interface Fixture {
  teamIds: string[]
  teamSlugs: string[]
}

type AnyHandler = (...args: never[]) => unknown

interface Fuzzed {
  /** The form state a form action starts from; default null. */
  previous?: unknown
  /** Invalid submissions, as entries (so a counterexample prints readably); sent as FormData. */
  forms: (fixture: Fixture) => fc.Arbitrary<Entries>
  /** Whether an answer refuses the submission; default: a form action's refusal (see refusedForContent). */
  refuses?: (state: unknown) => boolean
  /** Why the handler reads the database before it can refuse (it must still write nothing). */
  reads?: string
}

const form = (shape: Shape) => invalidEntries(shape, 'form')

function withConfirm(entries: Entries, confirm: (password: string) => string): Entries {
  const password = entries.find(([name]) => name === 'password')?.[1]
  return typeof password === 'string' ? [...entries, ['confirm', confirm(password)]] : entries
}

/** Every handler exported from lib/actions, by "<module>.<export>"; the first test checks none is missing. */
const FUZZ: Record<string, Fuzzed | { skip: string }> = {
  'save-category-entry.saveCategoryEntryHandler': {
    previous: INITIAL_ENTRY_STATE,
    forms: () =>
      fc.oneof(...CATEGORY_KEYS.map((c) => form(entryShape(c, false))), ...CATEGORY_KEYS.map((c) => form(entryShape(c, true, PUBLISHED)))),
    reads: 'whether the quarter is published decides if a reason is required',
  },
  'settings.updateSettingsHandler': { previous: null, forms: () => form(shapes.settingsShape) },
  'sso-settings.updateSsoSettingsHandler': {
    previous: null,
    forms: () => form(ssoSettingsShape),
    reads: 'whether the environment configures the provider decides if password sign-in may be turned off',
  },
  'data-version.currentDataVersionHandler': {
    skip: 'takes no form data, so there is no invalid input; the authorization matrix and data-version.test.ts cover it',
  },
  'settings.removeDemoDataHandler': { skip: 'takes no form data, so there is no invalid input; the authorization matrix covers it' },
  'first-run.dismissFirstRunHandler': { skip: 'takes no form data, so there is no invalid input; the authorization matrix covers it' },
  'setup.createFirstAdminHandler': {
    previous: null,
    forms: () =>
      fc.oneof(
        invalidEntries(shapes.setupShape, 'form').map((e) => withConfirm(e, (p) => p)),
        // Everything valid but the confirmation.
        fc.tuple(validEntries(shapes.setupShape), fc.string()).map(([e, s]) => withConfirm(e, (p) => `${p}${s}x`)),
      ),
  },
  'teams.createTeamHandler': { previous: null, forms: () => form(shapes.createTeamShape) },
  'teams.renameTeamHandler': { previous: null, forms: () => form(shapes.renameTeamShape) },
  'teams.setTeamArchivedHandler': { previous: null, forms: () => form(shapes.setTeamArchivedShape) },
  'users.createUserHandler': { previous: null, forms: () => form(shapes.newUserShape) },
  'users.setUserRoleHandler': { previous: null, forms: () => form(shapes.changeRoleShape) },
  'users.setUserDisabledHandler': { previous: null, forms: () => form(shapes.toggleUserDisabledShape) },
  'save-summary.saveSummaryHandler': { previous: null, forms: () => form(shapes.summaryShape) },
  'api-tokens.createApiTokenHandler': { previous: null, forms: () => form(shapes.createApiTokenShape) },
  'api-tokens.revokeApiTokenHandler': { previous: null, forms: () => form(shapes.revokeApiTokenShape) },
  'connections.createConnectionHandler': { previous: null, forms: () => form(shapes.createConnectionShape) },
  'connections.updateConnectionHandler': { previous: null, forms: () => form(shapes.updateConnectionShape) },
  'connections.deleteConnectionHandler': { previous: null, forms: () => form(shapes.revokeApiTokenShape) },
  'connections.mapSourceHandler': { previous: null, forms: () => form(shapes.mapSourceShape) },
  'connections.saveConnectionRulesHandler': { previous: null, forms: () => form(shapes.connectionRulesFormShape) },
  'incident-link.setIncidentLinkHandler': { previous: null, forms: () => form(shapes.incidentLinkShape) },
  'annotations.createAnnotationHandler': { previous: null, forms: () => form(shapes.createAnnotationShape) },
  'annotations.updateAnnotationHandler': { previous: null, forms: () => form(shapes.updateAnnotationShape) },
  'annotations.deleteAnnotationHandler': { previous: null, forms: () => form(shapes.deleteAnnotationShape) },
  'import.previewImportHandler': {
    forms: ({ teamSlugs }) => invalidImports(['org', ...teamSlugs]),
    // A preview of a file with bad rows is an answer too: it lists the problems and stores nothing.
    refuses: (state) => {
      const s = state as { ok?: boolean; kind?: string; preview?: { problemCount: number } } | null
      return s?.ok === false || (s?.kind === 'preview' && (s.preview?.problemCount ?? 0) > 0)
    },
    reads: 'rows are checked against the teams and settings of the database',
  },
  'import.applyImportHandler': {
    forms: ({ teamSlugs }) => invalidImports(['org', ...teamSlugs]),
    reads: 'rows are checked against the teams and settings of the database, under its write lock',
  },
  'publish-quarter.publishQuarterHandler': {
    previous: null,
    forms: ({ teamIds }) => form(shapes.publishShape(teamIds)),
    reads: 'a scope is refused when no team has that id',
  },
}

/** A refused answer: `ok: false` (ActionState) or outcome "invalid" (the entry form), never a permission refusal. */
function refusedForContent(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false
  const s = state as { ok?: unknown; outcome?: unknown; fieldErrors?: Record<string, string> }
  const refused = s.ok === false || s.outcome === 'invalid'
  const message = s.fieldErrors?.form
  return refused && message !== SIGN_IN_MESSAGE && message !== FORBIDDEN_MESSAGE
}

let db: CountingDatabase
let admin: Actor
let handlers: Map<string, AnyHandler>
const fixture: Fixture = { teamIds: [], teamSlugs: [] }
const report: string[] = []
const started = performance.now()

beforeAll(async () => {
  db = await openCountingDatabase('actions-fuzz')
  admin = (await createActors('fuzz')).admin
  handlers = await listHandlers()
  // Rows for the forms to aim at: a team, a figure, and a published quarter (so a reason is required).
  const team = await db.prisma.team.create({ data: { name: 'Fuzz team', slug: 'fuzz-team' } })
  fixture.teamIds.push(team.id)
  fixture.teamSlugs.push(team.slug)
  await db.prisma.figure.create({ data: { scope: 'org', quarter: PUBLISHED.quarter, metricKey: 'releases', value: 4 } })
  await db.prisma.quarter.create({ data: { ...PUBLISHED, benchmarkSet: '2023', publishedAt: new Date(), publishedBy: admin.email } })
}, 120_000)

afterAll(async () => {
  console.info(`actions.fuzz (${((performance.now() - started) / 1000).toFixed(1)} s in all):\n${report.join('\n')}`)
  await db?.close()
})

it('fuzzes every handler exported from lib/actions', () => {
  expect([...handlers.keys()].sort()).toEqual(Object.keys(FUZZ).sort())
})

describe.each(Object.entries(FUZZ).filter((e): e is [string, Fuzzed] => !('skip' in e[1])))('%s', (key, fuzzed) => {
  it('refuses 10,000 invalid forms from an admin, throws nothing and changes no row', async () => {
    const handler = handlers.get(key)
    if (!handler) throw new Error(`${key} is not exported any more`)
    const run = handler as unknown as ActionHandler<unknown>
    const refuses = fuzzed.refuses ?? refusedForContent
    const [before, countsBefore] = [await db.snapshot(), await db.rowCounts()]
    const t = performance.now()
    const cpu = process.cpuUsage()
    const { queries } = await db.count(() =>
      fc.assert(
        fc.asyncProperty(fuzzed.forms(fixture), async (entries) => {
          const answer = await run(admin, fuzzed.previous ?? null, toFormData(entries))
          expect(answer.revalidate).toBe(false)
          expect(refuses(answer.state), JSON.stringify(answer.state).slice(0, 2000)).toBe(true)
        }),
        { numRuns: RUNS },
      ),
    )
    const seconds = (performance.now() - t) / 1000
    report.push(
      `  ${key}: ${seconds.toFixed(1)} s (${(process.cpuUsage(cpu).user / 1e6).toFixed(1)} s CPU), ${queries.reads} reads, ${queries.writes} writes`,
    )
    expect(queries.writes).toBe(0)
    if (!fuzzed.reads) expect(queries.reads, 'validation must refuse before any database access').toBe(0)
    // Every table keeps its row count, and every row its content.
    expect(await db.rowCounts()).toEqual(countsBefore)
    expect(await db.snapshot()).toEqual(before)
  }, 300_000)
})
