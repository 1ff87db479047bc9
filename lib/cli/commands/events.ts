import { CliError } from '../cli-error'
import type { CliCommand } from '../command'

async function kindOf(flag: string) {
  const { isEventKind, EVENT_KINDS } = await import('@/lib/db/services/delete-event')
  if (!isEventKind(flag)) throw new CliError(`--kind must be one of: ${EVENT_KINDS.join(', ')}.`)
  return flag
}

export const deleteEventCommand: CliCommand = {
  name: 'delete-event',
  usage: 'delete-event --kind deployment|incident --id ID',
  summary: 'Deletes one event by its id; the quarters it fed are recomputed on their next read. Audited.',
  flags: { required: ['kind', 'id'], optional: [] },
  async run({ flags, actor }) {
    const kind = await kindOf(flags.kind)
    const { deleteEvent } = await import('@/lib/db/services/delete-event')
    const result = await deleteEvent(kind, flags.id, actor)
    if (!result.ok) throw new CliError(result.message)
    return { lines: [`Deleted ${kind} ${flags.id}; ${result.stale} scope-quarters will be recomputed.`], json: result }
  },
}

export const correctEventCommand: CliCommand = {
  name: 'correct-event',
  usage: 'correct-event --kind deployment|incident --item \'{"id":…}\'',
  summary: 'Replaces one event with the given item (as the events API takes it, same id); checked like the API. Audited.',
  flags: { required: ['kind', 'item'], optional: [] },
  async run({ flags, actor }) {
    const kind = await kindOf(flags.kind)
    let item: unknown
    try {
      item = JSON.parse(flags.item)
    } catch {
      throw new CliError(
        '--item is not valid JSON: give one event item, e.g. {"id":"d-1","deployedAt":"2026-07-01T10:00:00Z","commits":[]}.',
      )
    }
    const { ingestDeployments } = await import('@/lib/db/services/ingest-deployments')
    const { ingestIncidents } = await import('@/lib/db/services/ingest-incidents')
    const result = await (kind === 'deployment' ? ingestDeployments : ingestIncidents)([item], actor)
    if (!result.ok) throw new CliError(result.body.problem)
    const { created, updated, unchanged } = result
    const what = created ? 'Created' : updated ? 'Corrected' : 'Unchanged:'
    return { lines: [`${what} ${kind} ${(item as { id?: unknown }).id as string}.`], json: { created, updated, unchanged } }
  },
}
