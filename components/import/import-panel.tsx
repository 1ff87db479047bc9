'use client'

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { describedBy, FormField, INPUT_CLASS } from '@/components/ui/form-field'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@/lib/validation/import-schema'
import type { FieldErrors } from '@/lib/validation/field-errors'
import { PreviewSummaryLine } from './preview-summary'
import { PreviewTable } from './preview-table'
import { ProblemList } from './problem-list'
import { AppliedLinks } from './applied-links'
import { UploadProgressBar } from './upload-progress'
import { useImportUpload, type ImportAction, type ImportAnswer } from './use-import-upload'

const FILE_HINT = `A .csv or .xlsx file of at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB and ${IMPORT_MAX_ROWS.toLocaleString('en-US')} rows, with the template's columns.`
const REASON_HINT = 'Needed only when the file changes a published quarter: each change is then recorded as a restatement with this reason.'
const NO_CONNECTION = 'The upload failed (no connection to the server). Nothing was stored; try again.'

/**
 * Upload, preview, apply. The chosen File stays in state, so "Apply import" sends the very file
 * that was previewed and the server reads and checks it again (it never trusts rows from here).
 * What the server answered lives in the two requests' mutations (useImportUpload).
 */
export function ImportPanel() {
  const router = useRouter()
  const inputRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [reason, setReason] = useState('')
  const [noFile, setNoFile] = useState(false)
  const { preview: checking, apply: applying, progress } = useImportUpload(() => router.refresh())
  const reasonId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The request sent last speaks: starting a preview forgets the last apply.
  const latest = applying.isIdle ? checking : applying
  const answer = latest.data
  const errors: FieldErrors = noFile
    ? { file: 'Choose a file to import.' }
    : latest.isError
      ? { form: NO_CONNECTION }
      : answer && !answer.ok
        ? answer.fieldErrors
        : {}
  // A refused apply with problems brings its own preview; otherwise the last preview stays.
  const failedPreview = (a: ImportAnswer | undefined) => (a && !a.ok ? (a.preview ?? null) : null)
  const preview =
    failedPreview(applying.data) ??
    (checking.data?.ok && checking.data.kind === 'preview' ? checking.data.preview : failedPreview(checking.data))
  const message = applying.data?.ok && applying.data.kind === 'applied' ? applying.data.message : ''
  const busy: ImportAction | null = checking.isPending ? 'preview' : applying.isPending ? 'apply' : null

  // A fresh preview takes the focus, so keyboard and screen reader users land on what it found.
  useEffect(() => {
    if (preview) headingRef.current?.focus()
  }, [preview])

  function send(action: ImportAction) {
    if (!file) {
      setNoFile(true)
      inputRef.current?.focus()
      return
    }
    setNoFile(false)
    if (action === 'preview') {
      applying.reset()
      checking.mutate({ file, reason, rows: null })
    } else {
      applying.mutate({ file, reason, rows: preview?.summary.rows ?? null })
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    send('preview')
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
              setNoFile(false)
              checking.reset()
              applying.reset()
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
        {errors.form ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.form}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} disabled={busy !== null}>
            {busy === 'preview' ? 'Checking…' : 'Preview import'}
          </Button>
          <Button type="button" disabled={!canApply} onClick={() => send('apply')}>
            {busy === 'apply' ? 'Importing…' : 'Apply import'}
          </Button>
          {preview && preview.problemCount > 0 ? (
            <span className="text-sm text-slate-600">Apply is available once the file has no problems.</span>
          ) : null}
        </div>
      </form>
      {busy && progress ? (
        <UploadProgressBar progress={progress.upload} label={`Uploading ${file?.name ?? 'the file'}`} status={progress.status} />
      ) : null}
      <p role="status" aria-live="polite" className="text-sm font-medium text-green-800">
        {message}
      </p>
      {applying.data?.ok && applying.data.kind === 'applied' ? <AppliedLinks scorecards={applying.data.scorecards} /> : null}
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
