import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Every npm script must run something that exists: a newcomer's first `npm run x` must not fail with
// "cannot find module". A script is split into its commands; each command's program must be Node, npm
// or an installed binary, and each argument that names a file must name one in the repository.
const ROOT = path.resolve(__dirname, '..')
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
const BUILT_IN = new Set(['node', 'npm', 'npx'])
const FILE = /^[\w./-]+\.(ts|tsx|mts|mjs|cjs|js|json)$/

function missingTargets(command: string, exists: (file: string) => boolean): string[] {
  return command
    .split(/&&|\|\||;/)
    .map((part) => part.trim().split(/\s+/))
    .flatMap(([program, ...args]) => [
      ...(BUILT_IN.has(program) || exists(path.join('node_modules', '.bin', program)) ? [] : [program]),
      ...args.filter((arg) => FILE.test(arg) && !exists(arg)),
    ])
}

const inRepo = (file: string) => existsSync(path.join(ROOT, file))

describe('package.json scripts', () => {
  it.each(Object.entries(scripts))('%s runs something that exists', (_name, command) => {
    expect(missingTargets(command, inRepo)).toEqual([])
  })

  it('names a missing file or program', () => {
    expect(missingTargets('tsx prisma/seed.ts', inRepo)).toEqual(['prisma/seed.ts'])
    expect(missingTargets('eslint . && no-such-tool --flag', inRepo)).toEqual(['no-such-tool'])
  })
})
