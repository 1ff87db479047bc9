/** How far an upload has got, in bytes. */
export interface UploadProgress {
  loaded: number
  total: number
}

export interface UploadAnswer {
  status: number
  /** The JSON body, or for a JSON-lines answer, the last line's "answer". */
  body: unknown
}

function lastAnswer(text: string): unknown {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  for (let i = lines.length - 1; i >= 0; i--) {
    const parsed = JSON.parse(lines[i]) as { answer?: unknown }
    if ('answer' in parsed) return parsed.answer
  }
  return null
}

/**
 * Posts a form with XMLHttpRequest, because fetch cannot report upload progress. `onLine` gets each
 * complete JSON line of a streamed answer (progress phases) as it arrives.
 */
export function postForm(
  url: string,
  form: FormData,
  handlers: { onUpload?: (progress: UploadProgress) => void; onUploaded?: () => void; onLine?: (line: unknown) => void },
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    let seen = 0
    const readLines = () => {
      const text = xhr.responseText
      const end = text.lastIndexOf('\n')
      if (end < seen) return
      for (const line of text.slice(seen, end).split('\n')) {
        if (line.trim() === '') continue
        try {
          handlers.onLine?.(JSON.parse(line))
        } catch {
          // A plain JSON answer (not JSON lines) is read whole on load.
        }
      }
      seen = end + 1
    }
    xhr.upload.onprogress = (e) => handlers.onUpload?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 })
    xhr.upload.onload = () => handlers.onUploaded?.()
    xhr.onprogress = readLines
    xhr.onload = () => {
      readLines()
      const isLines = (xhr.getResponseHeader('Content-Type') ?? '').includes('ndjson')
      try {
        resolve({ status: xhr.status, body: isLines ? lastAnswer(xhr.responseText) : JSON.parse(xhr.responseText) })
      } catch {
        resolve({ status: xhr.status, body: null })
      }
    }
    xhr.onerror = () => reject(new Error('network'))
    xhr.open('POST', url)
    xhr.send(form)
  })
}
