import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Lints small sources as if they sat at a given path, with the project's own eslint.config.mjs, so
// the layer rule is proven to refuse an arrow pointing up and to let an arrow pointing down pass.
const eslint = new ESLint({ cwd: process.cwd() })

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message)
}

describe('the layer rule in npm run lint', () => {
  it.each([
    ['lib/db/services/layer-fixture.ts', "import { Button } from '@/components/ui/button'\nexport const b = Button\n"],
    ['lib/actions/layer-fixture.ts', "import { runAction } from '@/lib/request/run-action'\nexport const r = runAction\n"],
    ['lib/metrics/layer-fixture.ts', "import { prisma } from '@/lib/db/client'\nexport const p = prisma\n"],
    ['lib/validation/layer-fixture.ts', "import type { ActionState } from '@/lib/actions/action-state'\nexport type S = ActionState\n"],
    [
      'components/ui/layer-fixture.ts',
      "import { createTempDatabase } from '@/tooling/db/temp-database'\nexport const t = createTempDatabase\n",
    ],
  ])('refuses %s importing a higher layer or tooling', async (filePath, source) => {
    expect(await layerErrors(filePath, source)).toHaveLength(1)
  })

  it.each([
    ['lib/actions/layer-fixture.ts', "import { prisma } from '@/lib/db/client'\nexport const p = prisma\n"],
    ['components/ui/layer-fixture.ts', "import type { ActionState } from '@/lib/actions/action-state'\nexport type S = ActionState\n"],
    [
      'lib/db/layer-fixture.test.ts',
      "import { createTempDatabase } from '@/tooling/db/temp-database'\nexport const t = createTempDatabase\n",
    ],
  ])('lets %s import a lower layer (and a test reach tooling)', async (filePath, source) => {
    expect(await layerErrors(filePath, source)).toEqual([])
  })
})
