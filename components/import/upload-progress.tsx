'use client'

import type { UploadProgress } from './upload-request'

/** The upload's progress bar and, below it, what the server is doing now. */
export function UploadProgressBar({ progress, label, status }: { progress: UploadProgress | null; label: string; status: string }) {
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% uploaded`}
        className="h-2 w-full max-w-md overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-blue-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700">{status}</p>
    </div>
  )
}
