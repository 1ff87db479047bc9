// The layers of the product, lowest first. A file may import its own layer and any lower one, never a
// higher one: a type or a word two layers share lives in the lower. Layers on one rank (actions and
// cli, say) do not import each other. README.md ("Layers") says what each holds.
const PRODUCT = [
  [
    { type: 'metrics', pattern: 'lib/metrics/**' },
    { type: 'config', pattern: 'lib/config/**' },
  ],
  [
    { type: 'auth', pattern: 'lib/auth/**' },
    { type: 'demo', pattern: 'lib/demo/**' },
  ],
  [{ type: 'validation', pattern: 'lib/validation/**' }],
  [{ type: 'import', pattern: 'lib/import/**' }],
  [{ type: 'db', pattern: 'lib/db/**' }],
  [{ type: 'reports', pattern: 'lib/reports/**' }],
  [
    { type: 'actions', pattern: 'lib/actions/**' },
    { type: 'cli', pattern: 'lib/cli/**' },
  ],
  [{ type: 'request', pattern: 'lib/request/**' }],
  [{ type: 'api', pattern: 'lib/api/**' }],
  [{ type: 'components', pattern: 'components/**' }],
  [{ type: 'app', pattern: 'app/**' }],
]

// What helps build and prove the product: may import any layer; nothing in the product imports it.
const TOOLS = [
  { type: 'tooling', pattern: 'tooling/**' },
  { type: 'scripts', pattern: 'scripts/**' },
  { type: 'bench', pattern: 'bench/**' },
  { type: 'e2e', pattern: 'e2e/**' },
]

export const LAYERS = [...PRODUCT.flat(), ...TOOLS]

const everything = LAYERS.map((l) => l.type)

/**
 * The allowed arrows. With `testing`, a file may import every layer and tooling/: tests do not ship,
 * and an integration test beside a service may drive it through the action above it.
 */
export function layerPolicies({ testing = false } = {}) {
  const product = PRODUCT.map((rank, i) => {
    const below = PRODUCT.slice(0, i)
      .flat()
      .map((l) => l.type)
    return rank.map(({ type }) => ({
      from: { element: { type } },
      allow: { to: { element: { types: { anyOf: testing ? everything : [type, ...below] } } } },
    }))
  })
  const tools = TOOLS.map(({ type }) => ({ from: { element: { type } }, allow: { to: { element: { types: { anyOf: everything } } } } }))
  // Packages and Node's own modules are not layers.
  const modules = ['external', 'core'].map((origin) => ({ allow: { to: { module: { origin } } } }))
  return [...product.flat(), ...tools, ...modules]
}
