import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

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
 * For tests: holds SQLite's write lock on `file` for `ms` milliseconds from another connection, as
 * the admin command line or a restore in another process would. It runs on a worker thread because
 * better-sqlite3 waits for a lock synchronously: a holder on the test's own thread could never run
 * the timer that releases it. Resolves once the lock is taken; `released` resolves with the time
 * (Date.now) it was let go.
 */
export function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<number> }> {
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
