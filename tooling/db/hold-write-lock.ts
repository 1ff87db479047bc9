import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import pg from 'pg'
import { databaseProvider } from '@/lib/config/database-url'
import { WRITE_LOCK_KEY } from '@/lib/db/write-lock'

// CommonJS, evaluated in the worker: takes the lock, says so, and lets go after `ms`.
const HOLDER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.exec('BEGIN IMMEDIATE')
parentPort.postMessage('locked')
setTimeout(() => {
  db.exec('COMMIT')
  db.close()
  parentPort.postMessage(Date.now())
}, workerData.ms)
`

/**
 * On PostgreSQL: holds the app's write lock (the advisory lock writeTransaction takes) from another
 * connection for `ms` milliseconds, as another app server's long write would.
 */
async function holdAdvisoryLock(url: string, ms: number): Promise<{ released: Promise<number> }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('BEGIN')
  await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY])
  const released = new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      // The moment of letting go is when COMMIT is sent: a waiting writer may go on before its reply arrives here.
      const at = Date.now()
      client
        .query('COMMIT')
        .then(() => client.end())
        .then(() => resolve(at), reject)
    }, ms)
  })
  return { released }
}

/**
 * For tests: holds the database's write lock for `ms` milliseconds from another connection. SQLite: on `file`, for `ms` milliseconds from another connection, as
 * the admin command line or a restore in another process would. It runs on a worker thread because
 * better-sqlite3 waits for a lock synchronously: a holder on the test's own thread could never run
 * the timer that releases it. Resolves once the lock is taken; `released` resolves with the time
 * (Date.now) it was let go.
 */
export function holdWriteLock(database: { file: string; url: string }, ms: number): Promise<{ released: Promise<number> }> {
  if (databaseProvider(database.url) === 'postgresql') return holdAdvisoryLock(database.url, ms)
  const file = database.file
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(HOLDER, { eval: true, workerData: { file, ms, driver } })
  return new Promise((resolveLocked, rejectLocked) => {
    const released = new Promise<number>((resolveReleased, rejectReleased) => {
      worker.on('message', (message: unknown) => {
        if (message === 'locked') resolveLocked({ released })
        else resolveReleased(message as number)
      })
      worker.on('error', (error) => {
        rejectLocked(error)
        rejectReleased(error)
      })
    })
    // A failure before the lock was taken is reported through the first promise only.
    released.catch(() => {})
  })
}
