import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { CATEGORY_KEYS, type CategoryKey } from '@/lib/metrics/categories'
import { UNITS, type Unit } from '@/lib/metrics/units'
import { blank, nonText } from '@/tooling/actions/bad-values'
import { listSchemaExports } from '@/tooling/actions/discover'
import { ENTRY_GROUPS, entryShape, numberField } from '@/tooling/actions/entry-shape'
import * as shapes from '@/tooling/actions/form-shapes'
import { invalidEntries, notAnObject, toObject, validEntries, type Field, type Shape } from '@/tooling/actions/shapes'
import { deploymentItemShape, incidentItemShape } from '@/tooling/actions/event-shapes'
import { ssoSettingsShape } from '@/tooling/actions/sso-shape'
import { createApiTokenSchema, revokeApiTokenSchema } from './api-token-schema'
import { createAnnotationSchema, deleteAnnotationSchema, updateAnnotationSchema } from './annotation-schema'
import { createConnectionSchema, mapSourceSchema, updateConnectionSchema } from './connection-schema'
import { categoryEntrySchema } from './entry-schema'
import { deploymentItemSchema, incidentItemSchema } from './event-schemas'
import { importFormSchema } from './import-schema'
import { countInputSchema, unitValueSchema } from './number-input'
import { settingsSchema } from './settings-schema'
import { ssoSettingsSchema } from './sso-settings-schema'
import { incidentLinkSchema } from './incident-link-schema'
import { summarySchema } from './summary-schema'
import { createTeamSchema, renameTeamSchema, setTeamArchivedSchema, teamNameSchema, teamSlugSchema } from './team-schema'
import {
  changeRoleSchema,
  emailSchema,
  newPasswordSchema,
  newUserSchema,
  setUserDisabledSchema,
  signInSchema,
  userDetailsSchema,
} from './user-schema'

/**
 * Bad input, schema by schema: at least 10,000 invalid inputs each, generated to break at
 * least one rule (out-of-range and fractional numbers, text that is not a number, wrong types, oversize
 * text, missing fields, prototype keys, unicode junk, rules across fields). Every one must be refused,
 * and none may make the schema throw. Small controls check that the generators' good values pass, so
 * each refusal is the broken rule's doing.
 */
const RUNS = 10_000
const CONTROL_RUNS = 300
// Well above what a quiet machine needs (the slowest schema takes a few seconds), for a busy CI runner.
const TIMEOUT = 300_000

type Schema = { safeParse(input: unknown): { success: boolean } }

/** What one test fuzzes: inputs it generates, and whether the schema (or schemas) under test accept one. */
interface Target {
  label: string
  accepts(input: unknown): boolean
  invalid: fc.Arbitrary<unknown>
  valid: fc.Arbitrary<unknown>
}

const parses = (schema: Schema) => (input: unknown) => schema.safeParse(input).success

function formTarget(label: string, schema: Schema, shape: Shape, groups: readonly string[] = []): Target {
  return {
    label,
    accepts: parses(schema),
    invalid: fc.oneof(
      { arbitrary: invalidEntries(shape, 'object').map((e) => toObject(e, groups)), weight: 9 },
      shape.notForms ?? notAnObject,
    ),
    valid: validEntries(shape).map((e) => toObject(e, groups)),
  }
}

function fieldTarget(label: string, schema: Schema, field: Field): Target {
  const missing = field.absent === 'refused' ? [fc.constant(undefined)] : []
  const good = field.absent === 'accepted' ? fc.oneof(field.good, fc.constant(undefined)) : field.good
  return {
    label,
    accepts: parses(schema),
    invalid: fc.oneof(...(field.bad ? [field.bad] : []), field.badValues ?? nonText, ...missing),
    valid: good,
  }
}

/** One category's schema, for a quarter not yet published and for a published one (a reason is required), mixed. */
function entryTarget(category: CategoryKey): Target {
  const targets = [false, true].map((published) =>
    formTarget(category, categoryEntrySchema(category, { published }), entryShape(category, published), ENTRY_GROUPS),
  )
  const tagged = (pick: (t: Target) => fc.Arbitrary<unknown>) =>
    fc.oneof(...targets.map((t, i) => pick(t).map((input) => [i, input] as const)))
  return {
    label: `${category} (published quarter or not)`,
    accepts: (tagged) => {
      const [i, input] = tagged as readonly [number, unknown]
      return targets[i].accepts(input)
    },
    invalid: tagged((t) => t.invalid),
    valid: tagged((t) => t.valid),
  }
}

const units = Object.keys(UNITS) as Unit[]

/** Every *Schema export of lib/validation, by "<file>.<export>"; the first test checks none is missing. */
const TARGETS: Record<string, Target[]> = {
  'entry-schema.categoryEntrySchema': CATEGORY_KEYS.map(entryTarget),
  'number-input.unitValueSchema': units.map((unit) => fieldTarget(unit, unitValueSchema('Value', unit), numberField(unit))),
  'number-input.countInputSchema': [fieldTarget('count', countInputSchema('Leavers'), numberField('count'))],
  'settings-schema.settingsSchema': [formTarget('settings', settingsSchema, shapes.settingsShape)],
  'team-schema.teamNameSchema': [fieldTarget('name', teamNameSchema, shapes.teamName)],
  // On its own a slug is required: only the team forms derive a blank one from the name.
  'team-schema.teamSlugSchema': [
    fieldTarget('slug', teamSlugSchema, { ...shapes.teamSlug, bad: fc.oneof(shapes.badSlug, blank), absent: 'refused' }),
  ],
  'team-schema.createTeamSchema': [formTarget('create', createTeamSchema, shapes.createTeamShape)],
  'team-schema.renameTeamSchema': [formTarget('rename', renameTeamSchema, shapes.renameTeamShape)],
  'team-schema.setTeamArchivedSchema': [formTarget('archive', setTeamArchivedSchema, shapes.setTeamArchivedShape)],
  'user-schema.emailSchema': [fieldTarget('email', emailSchema, shapes.email)],
  'user-schema.newPasswordSchema': [fieldTarget('password', newPasswordSchema, shapes.password)],
  'user-schema.userDetailsSchema': [formTarget('details', userDetailsSchema, shapes.userDetailsShape)],
  'user-schema.newUserSchema': [formTarget('new user', newUserSchema, shapes.newUserShape)],
  'user-schema.changeRoleSchema': [formTarget('change role', changeRoleSchema, shapes.changeRoleShape)],
  'user-schema.setUserDisabledSchema': [formTarget('disable', setUserDisabledSchema, shapes.setUserDisabledShape)],
  'user-schema.signInSchema': [formTarget('sign in', signInSchema, shapes.signInShape)],
  'summary-schema.summarySchema': [formTarget('summary', summarySchema, shapes.summaryShape)],
  'api-token-schema.createApiTokenSchema': [formTarget('create token', createApiTokenSchema, shapes.createApiTokenShape)],
  'api-token-schema.revokeApiTokenSchema': [formTarget('revoke token', revokeApiTokenSchema, shapes.revokeApiTokenShape)],
  'connection-schema.createConnectionSchema': [formTarget('create connection', createConnectionSchema, shapes.createConnectionShape)],
  'connection-schema.updateConnectionSchema': [formTarget('update connection', updateConnectionSchema, shapes.updateConnectionShape)],
  'connection-schema.mapSourceSchema': [formTarget('map source', mapSourceSchema, shapes.mapSourceShape)],
  'event-schemas.deploymentItemSchema': [formTarget('deployment', deploymentItemSchema, deploymentItemShape)],
  'event-schemas.incidentItemSchema': [formTarget('incident', incidentItemSchema, incidentItemShape)],
  'import-schema.importFormSchema': [formTarget('import form', importFormSchema, shapes.importFormShape)],
  'sso-settings-schema.ssoSettingsSchema': [formTarget('single sign-on', ssoSettingsSchema, ssoSettingsShape)],
  'incident-link-schema.incidentLinkSchema': [formTarget('incident link', incidentLinkSchema, shapes.incidentLinkShape)],
  'annotation-schema.createAnnotationSchema': [formTarget('add note', createAnnotationSchema, shapes.createAnnotationShape)],
  'annotation-schema.updateAnnotationSchema': [formTarget('edit note', updateAnnotationSchema, shapes.updateAnnotationShape)],
  'annotation-schema.deleteAnnotationSchema': [formTarget('delete note', deleteAnnotationSchema, shapes.deleteAnnotationShape)],
}

const started = performance.now()
let inputs = 0
afterAll(() => {
  console.info(`schemas.fuzz: ${inputs.toLocaleString('en-US')} invalid inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`)
})

it('fuzzes every schema that lib/validation exports', async () => {
  const exported = await listSchemaExports()
  expect([...exported.keys()].sort()).toEqual(Object.keys(TARGETS).sort())
})

describe.each(Object.entries(TARGETS))('%s', (_name, targets) => {
  it.each(targets.map((t) => [t.label, t] as const))(
    'refuses %s: 10,000 invalid inputs, no throw',
    (_label, target) => {
      fc.assert(
        fc.property(target.invalid, (input) => {
          inputs++
          expect(target.accepts(input)).toBe(false)
        }),
        { numRuns: RUNS },
      )
      // A key named "__proto__" must stay an own key of the input, never reach Object.prototype.
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
    TIMEOUT,
  )

  it.each(targets.map((t) => [t.label, t] as const))('control: accepts good %s', (_label, target) => {
    fc.assert(
      fc.property(target.valid, (input) => {
        expect(target.accepts(input)).toBe(true)
      }),
      { numRuns: CONTROL_RUNS },
    )
  })
})
