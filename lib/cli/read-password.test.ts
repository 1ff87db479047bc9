import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CliError } from './cli-error'
import { readPassword } from './read-password'

function piped(text: string | null) {
  const input = new PassThrough()
  if (text !== null) input.write(text)
  input.end()
  return input
}

/** A stand-in terminal: records raw mode and what was written back to the screen. */
function terminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    raw: [] as boolean[],
    setRawMode(raw: boolean) {
      this.raw.push(raw)
    },
  })
  const screen = new PassThrough()
  let shown = ''
  screen.on('data', (chunk: Buffer) => (shown += chunk.toString()))
  return { input, screen, shown: () => shown }
}

describe('readPassword from a pipe', () => {
  it('takes the first line only, without its line ending', async () => {
    expect(await readPassword(piped('first line secret\nsecond line\n'))).toBe('first line secret')
    expect(await readPassword(piped('windows line\r\nnext'))).toBe('windows line')
    expect(await readPassword(piped('no newline at all'))).toBe('no newline at all')
  })

  it('keeps spaces inside and around the password', async () => {
    expect(await readPassword(piped('  two  spaces  \n'))).toBe('  two  spaces  ')
  })

  it('answers null when nothing at all was piped in', async () => {
    expect(await readPassword(piped(null))).toBeNull()
    expect(await readPassword(piped('\n'))).toBe('')
  })
})

describe('readPassword on a terminal', () => {
  it('prompts, never echoes what is typed, handles Backspace and restores the terminal', async () => {
    const { input, screen, shown } = terminal()
    const answer = readPassword(input, screen)
    input.write('secretx\u007f pass')
    input.write('\r')
    expect(await answer).toBe('secret pass')
    expect(shown()).toBe('Password: \n')
    expect(input.raw).toEqual([true, false])
  })

  it('cancels on Ctrl-C', async () => {
    const { input, screen } = terminal()
    const answer = readPassword(input, screen)
    input.write('abc\u0003')
    await expect(answer).rejects.toThrow(CliError)
    expect(input.raw).toEqual([true, false])
  })
})
