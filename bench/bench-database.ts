import Database from 'better-sqlite3'
import { rawScorecardReader } from './raw-scorecard-read'

/** What the scorecard bench does to the database directly, on either engine. */
export interface BenchDatabase {
  /** A write to another scope's figure, as an entry or import elsewhere would make: the data version moves on. */
  touchAnotherScope(scopeId: string): Promise<void>
  /** The rows the scorecard page reads, by hand-written SQL (the reference for the page's own reads). */
  readScorecardRows(scopeId: string, quarter: string): Promise<unknown>
  close(): Promise<void>
}

/** The SQLite bench database, through better-sqlite3. */
export function sqliteBenchDatabase(file: string): BenchDatabase {
  const writer = new Database(file)
  const touch = writer.prepare('UPDATE Figure SET version = version + 1 WHERE id = (SELECT min(id) FROM Figure WHERE scope <> ?)')
  const reader = rawScorecardReader(file)
  return {
    touchAnotherScope: async (scopeId) => void touch.run(scopeId),
    readScorecardRows: async (scopeId, quarter) => reader.read(scopeId, quarter),
    close: async () => {
      writer.close()
      reader.close()
    },
  }
}
