'use client'

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import type { ImportPreview } from '@/lib/actions/import-answer'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@/lib/validation/import-schema'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { answerOf, phaseText } from './import-phase'
import { PreviewSummaryLine } from './preview-summary'
import { PreviewTable } from './preview-table'
import { ProblemList } from './problem-list'
import { UploadProgressBar } from './upload-progress'
import { postForm, type UploadProgress } from './upload-request'

type Busy = { action: 'preview' | 'apply'; progress: UploadProgress | null; status: string } | null

const FILE_HINT = `A .csv or .xlsx file of at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB and ${IMPORT_MAX_ROWS.toLocaleString('en-US')} rows, with the template's columns.`
const REASON_HINT = 'Needed only when the file changes a published quarter: each change is then recorded as a restatement with this reason.'

/**
 * Upload, preview, apply. The chosen File stays in state, so "Apply import" sends the very file
 * that was previewed and the server reads and checks it again (it never trusts rows from here).
 */
export function ImportPanel() {
  const router = useRouter()
  const inputRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<Busy>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [message, setMessage] = useState('')
  const reasonId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

  // A fresh preview takes the focus, so keyboard and screen reader users land on what it found.
  useEffect(() => {
    if (preview) headingRef.current?.focus()
  }, [preview])

  async function send(action: 'preview' | 'apply') {
    if (!file) {
      setErrors({ file: 'Choose a file to import.' })
      inputRef.current?.focus()
      return
    }
    const form = new FormData()
    form.append('file', file)
    form.append('reason', reason)
    setErrors({})
    setMessage('')
    const rows = preview?.summary.rows ?? null
    setBusy({ action, progress: { loaded: 0, total: file.size }, status: `Uploading ${file.name}…` })
    try {
      const answer = await postForm(`/api/import/${action}`, form, {
        onUpload: (progress) => setBusy((b) => b && { ...b, progress }),
        onUploaded: () => setBusy((b) => b && { ...b, status: action === 'preview' ? 'Checking every row…' : 'Reading the file…' }),
        onLine: (line) => {
          const status = phaseText(line, rows)
          if (status) setBusy((b) => b && { ...b, status })
        },
      })
      const state = answerOf(answer.status, answer.body)
      if (!state.ok) {
        setErrors(state.fieldErrors)
        if (state.preview) setPreview(state.preview)
      } else if (state.kind === 'preview') {
        setPreview(state.preview)
      } else {
        setPreview(null)
        setMessage(state.message)
        router.refresh()
      }
    } catch {
      setErrors({ form: 'The upload failed (no connection to the server). Nothing was stored; try again.' })
    } finally {
      setBusy(null)
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void send('preview')
  }

  const canApply = preview !== null && preview.problemCount === 0 && busy === null
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormField id="import-file" label="File to import" hint={FILE_HINT} error={errors.file}>
          <input
            {...describedBy('import-file', { hint: FILE_HINT, error: errors.file })}
            ref={inputRef}
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
            onChange={(e) => {
              // A new file needs a new preview: the old one says nothing about it.
              setFile(e.target.files?.[0] ?? null)
              setPreview(null)
              setErrors({})
              setMessage('')
            }}
          />
        </FormField>
        <FormField id={reasonId} label="Reason for restatement (optional)" hint={REASON_HINT} error={errors.reason} className="max-w-2xl">
          <textarea
            {...describedBy(reasonId, { hint: REASON_HINT, error: errors.reason })}
            name="reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={INPUT_CLASS}
          />
        </FormField>
        {errors.form ? <p role="alert" className="text-sm text-red-700">{errors.form}</p> : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} disabled={busy !== null}>
            {busy?.action === 'preview' ? 'Checking…' : 'Preview import'}
          </Button>
          <Button type="button" disabled={!canApply} onClick={() => void send('apply')}>
            {busy?.action === 'apply' ? 'Importing…' : 'Apply import'}
          </Button>
          {preview && preview.problemCount > 0 ? (
            <span className="text-sm text-slate-600">Apply is available once the file has no problems.</span>
          ) : null}
        </div>
      </form>
      {busy ? <UploadProgressBar progress={busy.progress} label={`Uploading ${file?.name ?? 'the file'}`} status={busy.status} /> : null}
      <p role="status" aria-live="polite" className="text-sm font-medium text-green-800">
        {message}
      </p>
      {preview ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            Preview of {preview.fileName}
          </h2>
          <PreviewSummaryLine summary={preview.summary} />
          <ProblemList problems={preview.problems} total={preview.problemCount} />
          <PreviewTable rows={preview.rows} total={preview.summary.rows} fileName={preview.fileName} />
        </section>
      ) : null}
    </div>
  )
}
