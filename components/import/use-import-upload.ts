'use client'

import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { ImportState } from '@/lib/actions/import-answer'
import { answerOf, phaseText } from './import-phase'
import { postForm, type UploadProgress } from './upload-request'

export type ImportAction = 'preview' | 'apply'
export type ImportAnswer = Exclude<ImportState, null>

/** What the progress bar shows while a request runs: bytes sent, then what the server is doing. */
export interface ImportProgress {
  upload: UploadProgress
  status: string
}

interface Upload {
  file: File
  reason: string
  /** Rows of the last preview, so the apply route's "checking" phase can say how many. */
  rows: number | null
}

/**
 * The preview and apply requests as two TanStack mutations: their pending state, answers and
 * network failures come from the mutation, and only the upload's progress (which fetch cannot
 * report, hence XMLHttpRequest) is kept beside them. A refusal from the server is an answer
 * ({ ok: false }), not an error: only a lost connection rejects.
 */
export function useImportUpload(onApplied: () => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null)

  function send(action: ImportAction) {
    return async ({ file, reason, rows }: Upload): Promise<ImportAnswer> => {
      const form = new FormData()
      form.append('file', file)
      form.append('reason', reason)
      setProgress({ upload: { loaded: 0, total: file.size }, status: `Uploading ${file.name}…` })
      try {
        const answer = await postForm(`/api/import/${action}`, form, {
          onUpload: (upload) => setProgress((p) => p && { ...p, upload }),
          onUploaded: () => setProgress((p) => p && { ...p, status: action === 'preview' ? 'Checking every row…' : 'Reading the file…' }),
          onLine: (line) => {
            const status = phaseText(line, rows)
            if (status) setProgress((p) => p && { ...p, status })
          },
        })
        return answerOf(answer.status, answer.body)
      } finally {
        setProgress(null)
      }
    }
  }

  const preview = useMutation({ mutationFn: send('preview') })
  const apply = useMutation({
    mutationFn: send('apply'),
    onSuccess: (answer) => {
      // Applied: the old preview describes a file that is now stored, so it goes.
      if (!answer.ok) return
      preview.reset()
      onApplied()
    },
  })
  return { preview, apply, progress }
}
