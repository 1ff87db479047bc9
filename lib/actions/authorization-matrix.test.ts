import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { INITIAL_ENTRY_STATE } from '@/lib/actions/entry-form-state'
import { actorOf, createActors, EVERYONE, type MatrixRole, type Who } from '@/tooling/actions/actors'
import { listActionWrappers, listHandlers, listRouteImports } from '@/tooling/actions/discover'
import { toFormData } from '@/tooling/actions/shapes'
import { openCountingDatabase, type CountingDatabase } from '@/tooling/db/counting-database'
import { FORBIDDEN_MESSAGE, SIGN_IN_MESSAGE } from '@/lib/auth/permissions'
import type { ActionHandler } from './handler'

/**
 * The authorization matrix of the server actions: every action in app/**\/actions.ts,
 * by its exported name, against the signed-out visitor and each role, with the answer each must get.
 * Each handler is called in-process with a real actor (signed in through a real session) against a
 * migrated database. A refusal must be the exact message, come before any query and change nothing;
 * an allowed call gets a form that passes permission but fails on content, so nothing is written
 * (the answer proves the handler got past its permission check). A new action not listed here fails
 * the first test. Pages and route handlers: e2e/authorization-matrix.spec.ts.
 */
type Answer = 'sign-in' | 'forbidden' | 'allowed'
type Answers = Record<Who, Answer>

const ADMIN_ONLY: Answers = { 'signed-out': 'sign-in', viewer: 'forbidden', owner: 'forbidden', editor: 'forbidden', admin: 'allowed' }
const EDITORS: Answers = { ...ADMIN_ONLY, editor: 'allowed' }
const EDITORS_AND_OWNER: Answers = { ...EDITORS, owner: 'allowed' }
// Setup is public by necessity; once any user exists the service refuses it, whoever asks.
const ANYONE: Answers = { 'signed-out': 'allowed', viewer: 'allowed', owner: 'allowed', editor: 'allowed', admin: 'allowed' }

interface Case {
  label: string
  form: Record<string, string | string[]>
  answers: Answers
  /** What an allowed call answers (partial match). */
  whenAllowed: object
  /** The allowed call writes (no content can be invalid): only then may rows change. */
  writes?: true
}

type AnyHandler = (...args: never[]) => unknown

interface Row {
  /** The lib/actions handler the action runs, as "<module>.<export>". */
  handler: string
  previous?: unknown
  cases: Case[]
}

const TEAM_ID = 'matrix-team-id'
const refusedWith = (fieldErrors: Record<string, unknown>) => ({ ok: false, fieldErrors })
const entry = (category: string, fields: Record<string, string>) => ({ scope: 'org', quarter: '2026-Q1', category, ...fields })

const MATRIX: Record<string, Row> = {
  saveCategoryEntryAction: {
    handler: 'save-category-entry.saveCategoryEntryHandler',
    previous: INITIAL_ENTRY_STATE,
    cases: [
      {
        label: 'talent (owned by the owner)',
        form: entry('talent', { 'values.enps': '101' }),
        answers: EDITORS_AND_OWNER,
        whenAllowed: { outcome: 'invalid', fieldErrors: { 'values.enps': 'Employee NPS must be between -100 and 100.' } },
      },
      {
        label: 'delivery (not owned by the owner)',
        form: entry('delivery', { 'values.releases': '2.5' }),
        answers: EDITORS,
        whenAllowed: { outcome: 'invalid', fieldErrors: { 'values.releases': 'Releases shipped must be a whole number.' } },
      },
      {
        label: 'an unknown category',
        form: entry('hr', {}),
        answers: EDITORS,
        whenAllowed: { outcome: 'invalid', fieldErrors: { form: 'Unknown category: reload the page and try again.' } },
      },
    ],
  },
  saveSummaryAction: {
    handler: 'save-summary.saveSummaryHandler',
    previous: null,
    cases: [
      {
        label: 'summary',
        form: { scope: 'org', quarter: 'not-a-quarter', text: 'x' },
        answers: EDITORS,
        whenAllowed: refusedWith({ quarter: 'Reload the page and try again.' }),
      },
    ],
  },
  createAnnotationAction: {
    handler: 'annotations.createAnnotationHandler',
    previous: null,
    cases: [
      {
        label: 'add a note',
        form: { scope: 'org', date: 'not-a-day', text: 'Re-org' },
        answers: EDITORS,
        whenAllowed: refusedWith({ date: 'Give a real day between 2000 and 2100, as YYYY-MM-DD.' }),
      },
    ],
  },
  updateAnnotationAction: {
    handler: 'annotations.updateAnnotationHandler',
    previous: null,
    cases: [
      {
        label: 'edit a note',
        form: { id: '1', version: '1', scope: 'org', date: '2026-08-01', text: '' },
        answers: EDITORS,
        whenAllowed: refusedWith({ text: 'Write the note.' }),
      },
    ],
  },
  deleteAnnotationAction: {
    handler: 'annotations.deleteAnnotationHandler',
    previous: null,
    cases: [
      {
        label: 'delete a note',
        form: { id: 'x', version: '1' },
        answers: EDITORS,
        whenAllowed: refusedWith({ id: 'Reload the page and try again.' }),
      },
    ],
  },
  publishQuarterAction: {
    handler: 'publish-quarter.publishQuarterHandler',
    previous: null,
    cases: [
      {
        label: 'publish',
        form: { scope: 'org', quarter: 'not-a-quarter' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ form: 'Choose a quarter to publish.' }),
      },
    ],
  },
  createTeamAction: {
    handler: 'teams.createTeamHandler',
    previous: null,
    cases: [
      { label: 'add team', form: { name: '', slug: '' }, answers: ADMIN_ONLY, whenAllowed: refusedWith({ name: 'Enter a team name.' }) },
    ],
  },
  renameTeamAction: {
    handler: 'teams.renameTeamHandler',
    previous: null,
    cases: [
      {
        label: 'rename team',
        form: { id: TEAM_ID, name: '', slug: 'x' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ name: 'Enter a team name.' }),
      },
    ],
  },
  setTeamArchivedAction: {
    handler: 'teams.setTeamArchivedHandler',
    previous: null,
    cases: [
      {
        label: 'archive team',
        form: { id: TEAM_ID, archived: 'maybe' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ archived: expect.any(String) }),
      },
    ],
  },
  updateSettingsAction: {
    handler: 'settings.updateSettingsHandler',
    previous: null,
    cases: [
      {
        label: 'settings',
        form: { orgName: '' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ orgName: 'Enter the organisation name.' }),
      },
    ],
  },
  updateSsoSettingsAction: {
    handler: 'sso-settings.updateSsoSettingsHandler',
    previous: null,
    cases: [
      {
        label: 'single sign-on',
        form: {
          providerName: 'Okta',
          issuer: 'not a url',
          clientId: 'c',
          scopes: 'openid',
          defaultRole: 'viewer',
          groupsClaim: 'groups',
          passwordSignIn: 'everyone',
        },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ issuer: 'Enter the issuer as a URL, e.g. https://company.okta.com.' }),
      },
    ],
  },
  removeDemoDataAction: {
    handler: 'settings.removeDemoDataHandler',
    previous: null,
    // It takes no form, so there is no invalid content: the admin's call runs (and records an audit event).
    cases: [
      {
        label: 'remove demo data',
        form: {},
        answers: ADMIN_ONLY,
        whenAllowed: { ok: true, message: expect.stringMatching(/^Removed 0 demo figures/) },
        writes: true,
      },
    ],
  },
  dismissFirstRunAction: {
    handler: 'first-run.dismissFirstRunHandler',
    previous: null,
    // It takes no form: the admin's call stores the dismissal (and records an audit event).
    cases: [
      {
        label: 'dismiss the first-run checklist',
        form: {},
        answers: ADMIN_ONLY,
        whenAllowed: { ok: true, message: 'Checklist dismissed.' },
        writes: true,
      },
    ],
  },
  createFirstAdminAction: {
    handler: 'setup.createFirstAdminHandler',
    previous: null,
    cases: [
      {
        label: 'setup after the first admin exists',
        form: {
          email: 'second-admin@example.test',
          name: 'Second',
          password: 'another long password 42',
          confirm: 'another long password 42',
        },
        answers: ANYONE,
        whenAllowed: refusedWith({ form: 'The admin account already exists. Sign in instead.' }),
      },
    ],
  },
  createApiTokenAction: {
    handler: 'api-tokens.createApiTokenHandler',
    previous: null,
    cases: [
      {
        label: 'create token',
        form: { name: '', scope: 'read' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ name: 'Enter a name, e.g. the pipeline that will use the token.' }),
      },
    ],
  },
  revokeApiTokenAction: {
    handler: 'api-tokens.revokeApiTokenHandler',
    previous: null,
    cases: [
      {
        label: 'revoke token',
        form: { id: '' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ form: 'Name the token by its id or prefix.' }),
      },
    ],
  },
  createConnectionAction: {
    handler: 'connections.createConnectionHandler',
    previous: null,
    cases: [
      {
        label: 'add connection',
        form: { provider: 'github', name: '' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ name: 'Enter a name, e.g. the organisation or account it connects.' }),
      },
    ],
  },
  editConnectionAction: {
    handler: 'connections.updateConnectionHandler',
    previous: null,
    cases: [
      {
        label: 'rename or pause connection',
        form: { id: '' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ id: 'Name the connection by its id.' }),
      },
    ],
  },
  deleteConnectionAction: {
    handler: 'connections.deleteConnectionHandler',
    previous: null,
    cases: [
      {
        label: 'delete connection',
        form: { id: 'no-such-connection' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ form: 'No connection has this id.' }),
      },
    ],
  },
  mapSourceAction: {
    handler: 'connections.mapSourceHandler',
    previous: null,
    cases: [
      {
        label: 'map source',
        form: { connectionId: 'no-such-connection', sourceId: '', team: 'matrix-team' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ sourceId: 'Enter the repository (owner/repo), project (group/project) or PagerDuty service id.' }),
      },
    ],
  },
  saveConnectionRulesAction: {
    handler: 'connections.saveConnectionRulesHandler',
    previous: null,
    cases: [
      {
        label: 'save rules',
        form: { id: 'no-such-connection', incidentLinkHours: '' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ incidentLinkHours: 'Enter a number of hours (0 never links).' }),
      },
    ],
  },
  setIncidentLinkAction: {
    handler: 'incident-link.setIncidentLinkHandler',
    previous: null,
    cases: [
      {
        label: 'change an incident link',
        form: { incident: 'no-such-incident', deployment: '' },
        // The link decides change failure rate and recovery time: whoever may edit velocity.
        answers: EDITORS,
        whenAllowed: refusedWith({ incident: 'No incident has the id "no-such-incident".' }),
      },
    ],
  },
  createUserAction: {
    handler: 'users.createUserHandler',
    previous: null,
    cases: [
      {
        label: 'add user',
        form: { email: 'not-an-email', name: 'X', role: 'viewer', password: 'a long enough password 42' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ email: 'Enter a valid email address.' }),
      },
    ],
  },
  setUserRoleAction: {
    handler: 'users.setUserRoleHandler',
    previous: null,
    cases: [
      {
        label: 'change role',
        form: { id: 'some-user', role: 'owner' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ categories: 'A category owner needs at least one category.' }),
      },
    ],
  },
  setUserDisabledAction: {
    handler: 'users.setUserDisabledHandler',
    previous: null,
    cases: [
      {
        label: 'disable user',
        form: { id: 'some-user', disabled: 'maybe' },
        answers: ADMIN_ONLY,
        whenAllowed: refusedWith({ disabled: expect.any(String) }),
      },
    ],
  },
}

const IMPORTERS: Answers = EDITORS_AND_OWNER // anyone who may edit a category may import into it
const READERS: Answers = { ...ANYONE, 'signed-out': 'sign-in' }

/**
 * Handlers in lib/actions that route handlers (app/api/**\/route.ts) call rather than a server action,
 * by "<module>.<export>". The routes themselves are in e2e/authorization-matrix.spec.ts.
 */
const ROUTE_HANDLERS: Record<string, Row> = {
  'import.previewImportHandler': {
    handler: 'import.previewImportHandler',
    cases: [
      {
        label: 'preview without a file',
        form: { reason: '' },
        answers: IMPORTERS,
        whenAllowed: { ok: false, status: 400, fieldErrors: { file: 'Choose a file to import.' } },
      },
    ],
  },
  'data-version.currentDataVersionHandler': {
    handler: 'data-version.currentDataVersionHandler',
    cases: [
      { label: 'data version', form: {}, answers: READERS, whenAllowed: { ok: true, version: expect.stringMatching(/^[0-9a-f]+\.\d+$/) } },
    ],
  },
  'import.applyImportHandler': {
    handler: 'import.applyImportHandler',
    cases: [
      {
        label: 'apply without a file',
        form: { reason: '' },
        answers: IMPORTERS,
        whenAllowed: { ok: false, status: 400, fieldErrors: { file: 'Choose a file to import.' } },
      },
    ],
  },
}

/** Exports of lib/actions that are not handlers: nothing to authorize. */
const HELPERS: Record<string, string> = {}

let db: CountingDatabase
let actors: Record<MatrixRole, Actor>
let handlers: Map<string, AnyHandler>

beforeAll(async () => {
  db = await openCountingDatabase('authorization-matrix')
  actors = await createActors('matrix')
  handlers = await listHandlers()
  await db.prisma.team.create({ data: { id: TEAM_ID, name: 'Matrix team', slug: 'matrix-team' } })
}, 120_000)

afterAll(async () => {
  await db?.close()
})

describe('the matrix lists every server action', () => {
  const wrappers = listActionWrappers()

  it('has a row for every exported action in app/**/actions.ts, and no other', () => {
    expect(wrappers.map((w) => w.name).sort()).toEqual(Object.keys(MATRIX).sort())
  })

  it.each(wrappers.map((w) => [w.name, w] as const))('%s runs the handler its row names', (name, wrapper) => {
    expect(wrapper.calls.map((c) => `${MATRIX[name]?.handler.split('.')[0]}.${c}`)).toEqual([MATRIX[name]?.handler])
  })

  it('has a row for every lib/actions function the route handlers call', () => {
    const called = listRouteImports().filter((name) => !(name in HELPERS))
    expect(called.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort())
  })

  it('covers every handler exported from lib/actions', () => {
    const listed = [...Object.values(MATRIX), ...Object.values(ROUTE_HANDLERS)].map((r) => r.handler).concat(Object.keys(HELPERS))
    expect([...handlers.keys()].sort()).toEqual([...new Set(listed)].sort())
  })
})

function messageOf(state: unknown): string | undefined {
  return (state as { fieldErrors?: Record<string, string> } | null)?.fieldErrors?.form
}

/** Refused with the exact message and nothing else; an answer meant for a route also carries its HTTP status. */
function expectRefused(state: unknown, answer: 'sign-in' | 'forbidden'): void {
  const message = answer === 'sign-in' ? SIGN_IN_MESSAGE : FORBIDDEN_MESSAGE
  expect((state as { fieldErrors?: unknown } | null)?.fieldErrors).toEqual({ form: message })
  if (typeof state === 'object' && state !== null && 'status' in state) expect(state.status).toBe(answer === 'sign-in' ? 401 : 403)
}

const cells = [...Object.entries(MATRIX), ...Object.entries(ROUTE_HANDLERS)].flatMap(([name, row]) =>
  row.cases.flatMap((c) => EVERYONE.map((who) => ({ name, row, case: c, who, answer: c.answers[who] }))),
)

describe('each action and handler answers each person as the matrix says', () => {
  it.each(cells.map((cell) => [`${cell.name}, ${cell.case.label}: ${cell.who} → ${cell.answer}`, cell] as const))(
    '%s',
    async (_title, cell) => {
      const handler = handlers.get(cell.row.handler)
      if (!handler) throw new Error(`${cell.row.handler} is not exported from lib/actions`)
      const run = handler as unknown as ActionHandler<unknown>
      const before = await db.snapshot()
      const { result, queries } = await db.count(() =>
        run(actorOf(cell.who, actors), cell.row.previous ?? null, toFormData(Object.entries(cell.case.form))),
      )
      const after = await db.snapshot()
      if (cell.answer === 'allowed') {
        expect(messageOf(result.state)).not.toBe(SIGN_IN_MESSAGE)
        expect(messageOf(result.state)).not.toBe(FORBIDDEN_MESSAGE)
        expect(result.state).toMatchObject(cell.case.whenAllowed)
        if (!cell.case.writes) expect(after).toEqual(before)
        return
      }
      expectRefused(result.state, cell.answer)
      expect(result.revalidate).toBe(false)
      // Permission is checked before anything is read, let alone written.
      expect(queries).toEqual({ reads: 0, writes: 0 })
      expect(after).toEqual(before)
    },
  )
})
