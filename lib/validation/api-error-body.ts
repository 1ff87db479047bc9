/**
 * The events API's answer to a refused body or item: what went wrong, the problem in words, and
 * where (the item's index in an array, or the line of NDJSON). The reader of the body and the
 * ingest service both refuse in this shape, so it lives below both.
 */
export interface ApiErrorBody {
  error: string
  problem: string
  index?: number
  line?: number
}
