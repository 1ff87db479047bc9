'use client'

import { useActionState, useEffect, useEffectEvent, useRef, useState } from 'react'
import { Button, buttonClass } from '@/components/ui/button'
import type { TeamRow as Team } from '@/lib/db/queries/teams'
import { fieldErrorsOf } from '@/lib/validation/field-errors'
import { renameTeamSchema, SLUG_MAX, TEAM_NAME_MAX } from '@/lib/validation/team-schema'
import { describedBy, firstErrorField, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { ActionState } from '@/lib/actions/action-state'
import { TeamBadges } from './team-badges'

export type TeamAction = (state: ActionState, formData: FormData) => Promise<ActionState>

const TD = 'px-3 py-2 align-middle'

/** One team: its name, slug and status, with rename (inline, below the row) and archive or unarchive. */
export function TeamRow({
  team,
  renameAction,
  archiveAction,
  onMessage,
}: {
  team: Team
  renameAction: TeamAction
  archiveAction: TeamAction
  onMessage: (message: string) => void
}) {
  const [editing, setEditing] = useState(false)
  // The result the form was opened with: errors from an earlier, cancelled attempt are not shown again.
  const [openedWith, setOpenedWith] = useState<ActionState>(null)
  // Controlled, so a refused submit keeps what was typed (React resets uncontrolled fields after an action).
  const [draft, setDraft] = useState({ name: team.name, slug: team.slug })
  const renameButton = useRef<HTMLButtonElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const id = `team-${team.id}`

  const [renameState, rename, renaming] = useActionState<ActionState, FormData>(async (prev, formData) => {
    const checked = renameTeamSchema.safeParse(Object.fromEntries(formData))
    if (!checked.success) return { ok: false, fieldErrors: fieldErrorsOf(checked.error) }
    return renameAction(prev, formData)
  }, null)
  const [archiveState, archive, archiving] = useActionState<ActionState, FormData>(archiveAction, null)

  // Announced once the change is committed with the refreshed page, not before; only a new result
  // re-runs these (a new onMessage from the parent is no reason to announce again).
  const announce = useEffectEvent(onMessage)
  useEffect(() => {
    if (!renameState?.ok) return
    stopEditing()
    announce(renameState.message)
  }, [renameState])
  useEffect(() => {
    if (archiveState) announce(archiveState.ok ? archiveState.message : (Object.values(archiveState.fieldErrors)[0] ?? ''))
  }, [archiveState])

  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLInputElement>('[name="name"]')?.focus()
  }, [editing])
  useEffect(() => {
    const field = firstErrorField(renameState, ['name', 'slug'])
    if (field) formRef.current?.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus()
  }, [renameState])

  function stopEditing() {
    setEditing(false)
    requestAnimationFrame(() => renameButton.current?.focus())
  }

  const errors = editing && renameState !== openedWith && renameState && !renameState.ok ? renameState.fieldErrors : {}
  const slugHint = 'Links shared with the old slug stop working; figures stay with the team.'
  return (
    <>
      <tr className={team.archived ? 'bg-slate-50 text-slate-500' : undefined}>
        <th scope="row" className={`${TD} text-left font-medium ${team.archived ? 'text-slate-600' : 'text-slate-900'}`}>
          {team.name}
        </th>
        <td className={`${TD} font-mono text-xs`}>{team.slug}</td>
        <td className={TD}>
          <TeamBadges team={team} />
        </td>
        <td className={`${TD} text-right`}>
          <div className="flex justify-end gap-2">
            <button
              ref={renameButton}
              type="button"
              className={buttonClass('secondary')}
              aria-expanded={editing}
              aria-controls={editing ? `${id}-edit` : undefined}
              aria-label={`Rename ${team.name}`}
              onClick={() => {
                if (editing) return stopEditing()
                setOpenedWith(renameState)
                setDraft({ name: team.name, slug: team.slug })
                setEditing(true)
              }}
            >
              Rename
            </button>
            <form action={archive}>
              <input type="hidden" name="id" value={team.id} />
              <input type="hidden" name="archived" value={team.archived ? 'false' : 'true'} />
              <Button
                type="submit"
                variant="secondary"
                disabled={archiving}
                aria-label={`${team.archived ? 'Unarchive' : 'Archive'} ${team.name}`}
              >
                {archiving ? 'Saving…' : team.archived ? 'Unarchive' : 'Archive'}
              </Button>
            </form>
          </div>
        </td>
      </tr>
      {editing ? (
        <tr id={`${id}-edit`} className="bg-blue-50/40">
          <td colSpan={4} className="px-3 py-3">
            <form ref={formRef} action={rename} noValidate aria-label={`Rename ${team.name}`} className="flex flex-wrap items-start gap-3">
              <input type="hidden" name="id" value={team.id} />
              <FormField id={`${id}-name`} label="Team name" error={errors.name} className="min-w-56 flex-1">
                <input
                  {...describedBy(`${id}-name`, { error: errors.name })}
                  name="name"
                  value={draft.name}
                  onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
                  maxLength={TEAM_NAME_MAX}
                  required
                  className={INPUT_CLASS}
                />
              </FormField>
              <FormField id={`${id}-slug`} label="Slug" hint={slugHint} error={errors.slug} className="min-w-56 flex-1">
                <input
                  {...describedBy(`${id}-slug`, { hint: slugHint, error: errors.slug })}
                  name="slug"
                  value={draft.slug}
                  onChange={(e) => setDraft((d) => ({ ...d, slug: e.target.value.toLowerCase() }))}
                  maxLength={SLUG_MAX}
                  spellCheck={false}
                  className={`${INPUT_CLASS} font-mono`}
                />
              </FormField>
              <div className="flex gap-2 pt-6">
                <Button type="submit" disabled={renaming}>
                  {renaming ? 'Saving…' : 'Save'}
                </Button>
                <Button type="button" variant="secondary" onClick={stopEditing}>
                  Cancel
                </Button>
              </div>
              {errors.form || errors.id ? (
                <p role="alert" className="basis-full text-sm text-red-700">
                  {errors.form ?? errors.id}
                </p>
              ) : null}
            </form>
          </td>
        </tr>
      ) : null}
    </>
  )
}
