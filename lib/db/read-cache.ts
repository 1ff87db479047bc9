import { cache } from 'react'
import { prisma } from './client'
import { writeActivity } from './write-transaction'

/**
 * The tables whose every change moves the data version on (triggers in the migration
 * 20261128040000_data_version; lib/db/migrations.test.ts checks each has them). A read may be cached
 * only if everything it reads is in one of these tables.
 */
export const VERSIONED_TABLES = [
  'Annotation',
  'Commentary',
  'ComputedFigure',
  'Figure',
  'Quarter',
  'Restatement',
  'Setting',
  'StaleEventFigures',
  'Target',
  'Team',
  'User',
] as const

/** Which state the data is in: a random epoch per database (and per restore) and a change counter. */
export interface DataVersion {
  epoch: string
  n: number
}

/**
 * A version as one render read it, and whether it can be trusted: only if no write transaction of
 * this process was open or began around the read. One that was may have shown an uncommitted n that
 * a rollback takes back, and a later commit could reach the same n with other data.
 */
interface ObservedVersion {
  version: DataVersion | null
  /** writeActivity().begun when it was read; -1 when a write was in flight. */
  writesBegun: number
}

/**
 * The current data version, or null when the database has no version row (a backup restored from
 * before the version existed, until `npm run db:migrate`): reads are then not cached at all.
 */
export async function readDataVersion(): Promise<DataVersion | null> {
  try {
    const rows = await prisma.$queryRaw<{ epoch: string; n: number | bigint }[]>`SELECT "epoch", "n" FROM "DataVersion" WHERE "id" = 1`
    const row = rows[0]
    return row ? { epoch: row.epoch, n: Number(row.n) } : null
  } catch {
    return null
  }
}

/**
 * Inside one server render the version is read once and every cached read of that page uses it, so
 * the page is drawn from one state of the data. React memoises only during a render: server actions
 * and route handlers get a fresh read on every call, so a read after their own write sees it.
 */
const dataVersionOfRender = cache(async (): Promise<ObservedVersion> => {
  const before = writeActivity()
  const version = await readDataVersion()
  const after = writeActivity()
  const quiet = before.open === 0 && after.open === 0 && before.begun === after.begun
  return { version, writesBegun: quiet ? after.begun : -1 }
})

/** A version as one opaque string, e.g. for a browser to compare; null without a version row. */
export function dataVersionTag(version: DataVersion | null): string | null {
  return version ? `${version.epoch}.${version.n}` : null
}

/**
 * The version this server render reads its data at (no extra query: the render's cached reads share
 * it). A page hands it to the browser, which redraws the page once the version has moved past it.
 */
export async function renderedDataVersionTag(): Promise<string | null> {
  return dataVersionTag((await dataVersionOfRender()).version)
}

/** Whether no write transaction has been open since `observed` was read: what was read since is committed. */
function stillQuiet(observed: ObservedVersion): boolean {
  const now = writeActivity()
  return observed.writesBegun >= 0 && now.open === 0 && now.begun === observed.writesBegun
}

// A bound on memory: one entry per (read, arguments), e.g. a scope's quarter. A scorecard is about
// 90 KiB on the heap, so 400 entries stay under some 40 MB. Past it the generation starts afresh,
// which costs a reload, never a wrong answer.
const MAX_ENTRIES = 400

interface Generation {
  version: DataVersion
  entries: Map<string, Promise<unknown>>
}

let generation: Generation | null = null

/** Objects handed to every later request must not be changed by one of them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * The generation to use for a request that read `version`, or null to read without caching: a
 * request holding an older version than the cache (a write landed between its reads) must neither
 * use newer entries under its name nor throw them away.
 */
function generationFor(version: DataVersion): Generation | null {
  const current = generation
  if (current && current.version.epoch === version.epoch) {
    if (current.version.n === version.n) return current
    if (current.version.n > version.n) return null
  }
  generation = { version, entries: new Map() }
  return generation
}

/**
 * Wraps a read so that its result is kept in memory and reused until the data it was read from
 * changes. It first reads the data version (one indexed row; once per server render): any write, by
 * this process or another (the command line, a restore), changes it, so a cached answer is never
 * older than the data was when the request began. While this process has a write transaction in
 * flight, reads go straight to the database and nothing is kept (see ObservedVersion). Results are
 * deep-frozen and shared between requests, so callers must not mutate them. Only for reads of
 * VERSIONED_TABLES whose answer depends on nothing but their arguments.
 */
export function cachedRead<Args extends readonly (string | number | boolean | undefined | readonly string[])[], Result>(
  name: string,
  load: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const observed = await dataVersionOfRender()
    if (!observed.version || !stillQuiet(observed)) return load(...args)
    const gen = generationFor(observed.version)
    if (!gen) return load(...args)
    const key = `${name}:${JSON.stringify(args)}`
    const hit = gen.entries.get(key) as Promise<Result> | undefined
    if (hit) return hit
    if (gen.entries.size >= MAX_ENTRIES) gen.entries.clear()
    const pending = load(...args).then(deepFreeze)
    gen.entries.set(key, pending)
    const forget = () => {
      if (gen.entries.get(key) === pending) gen.entries.delete(key)
    }
    // A failed read is not remembered, and neither is one a write transaction overlapped: it may
    // hold rows that were never committed.
    pending.then(() => {
      if (!stillQuiet(observed)) forget()
    }, forget)
    return pending
  }
}

/** Forgets every cached read (for tests that swap databases under one process). */
export function clearReadCache(): void {
  generation = null
}
