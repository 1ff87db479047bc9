import type { BenchmarkSet } from './benchmarks'
import { scoreChange, type Change } from './change'
import type { FigureScore } from './scoring'

/** What a reader must know to trust a change of score between two quarters. */
export interface ComparisonNote {
  /** The set the earlier quarter was rescored under, when the two quarters were judged by different sets. */
  rescoredUnder: string | null
  /** The number of scored metrics in the earlier and the later quarter, when the scores rest on different metrics. */
  metrics: { from: number; to: number } | null
}

export interface ScoreComparison {
  change: Change
  note: ComparisonNote
  /** The earlier quarter's score as compared: under the later quarter's set. */
  past: number | null
}

/** A past quarter's score as a change compares it, with the note to print beside the change. */
export interface PastScore {
  score: number | null
  note: ComparisonNote
}

export const NO_NOTE: ComparisonNote = { rescoredUnder: null, metrics: null }

function scoredKeysOf(keys: readonly string[], scores: ReadonlyMap<string, FigureScore>): Set<string> {
  return new Set(keys.filter((k) => (scores.get(k)?.score ?? null) !== null))
}

/**
 * The change of a score from an earlier quarter, with its caveats. `earlier` must already be scored
 * under the later quarter's set (see buildScorecard); `earlierSet` is the set it was reported under.
 * The metrics caveat is raised whenever the scored metrics differ, even when their number does not.
 */
export function compareScores(
  later: { score: number | null; scores: ReadonlyMap<string, FigureScore>; set: BenchmarkSet },
  earlier: { score: number | null; scores: ReadonlyMap<string, FigureScore>; set: BenchmarkSet },
  keys: readonly string[],
): ScoreComparison {
  const change = scoreChange(later.score, earlier.score)
  if (change.delta === null) return { change, note: NO_NOTE, past: earlier.score }
  const now = scoredKeysOf(keys, later.scores)
  const then = scoredKeysOf(keys, earlier.scores)
  const same = now.size === then.size && [...now].every((k) => then.has(k))
  return {
    change,
    past: earlier.score,
    note: {
      rescoredUnder: earlier.set.id === later.set.id ? null : later.set.id,
      metrics: same ? null : { from: then.size, to: now.size },
    },
  }
}

/**
 * The note in the words printed beside a change: "rescored under DORA 2024; 3 → 4 metrics"; null when
 * there is nothing to say. Equal counts of different metrics read "other metrics (3 → 3)".
 */
export function comparisonNoteText(note: ComparisonNote): string | null {
  const parts: string[] = []
  if (note.rescoredUnder) parts.push(`rescored under DORA ${note.rescoredUnder}`)
  if (note.metrics) {
    const { from, to } = note.metrics
    parts.push(from === to ? `other metrics (${from} → ${to})` : `${from} → ${to} metrics`)
  }
  return parts.length === 0 ? null : parts.join('; ')
}
