import { createInterface } from 'node:readline'
import { CliError } from './cli-error'

type Input = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }

/** The first line of a piped or redirected stream; null when the stream ends without any data. */
export function readFirstLine(input: NodeJS.ReadableStream): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let text = ''
    let received = false
    const finish = (line: string | null) => {
      input.off('data', onData)
      input.off('end', onEnd)
      input.off('error', reject)
      input.pause()
      resolve(line === null ? null : line.replace(/\r$/, ''))
    }
    const onData = (chunk: Buffer | string) => {
      received = true
      text += chunk.toString()
      const end = text.indexOf('\n')
      if (end !== -1) finish(text.slice(0, end))
    }
    const onEnd = () => finish(received ? text : null)
    input.on('data', onData)
    input.on('end', onEnd)
    input.on('error', reject)
    input.resume()
  })
}

/** Reads a line typed on a terminal without echoing it; Ctrl-C cancels, Backspace deletes. */
function readHidden(input: Input, prompt: NodeJS.WritableStream, setRawMode: (raw: boolean) => unknown): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let typed = ''
    prompt.write('Password: ')
    setRawMode(true)
    const finish = (fn: () => void) => {
      input.off('data', onData)
      setRawMode(false)
      input.pause()
      prompt.write('\n')
      fn()
    }
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return finish(() => resolve(typed))
        if (char === '\u0003') return finish(() => reject(new CliError('Cancelled; nothing was written.')))
        if (char === '\u0004') return finish(() => resolve(typed === '' ? null : typed))
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('')
        else if (char >= ' ') typed += char
      }
    }
    input.on('data', onData)
    input.resume()
  })
}

/**
 * The password for a new account: prompted without echo on a terminal (or with echo, read as a line,
 * where raw mode is unavailable), else the first line of standard input.
 */
export async function readPassword(input: Input = process.stdin, prompt: NodeJS.WritableStream = process.stderr): Promise<string | null> {
  if (!input.isTTY) return readFirstLine(input)
  const setRawMode = input.setRawMode?.bind(input)
  if (setRawMode) return readHidden(input, prompt, setRawMode)
  const rl = createInterface({ input, output: prompt })
  return new Promise((resolve) => rl.question('Password: ', (line) => (rl.close(), resolve(line))))
}
