import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import boundaries from 'eslint-plugin-boundaries'
import { LAYERS, layerPolicies } from './eslint.layers.mjs'

// Next's recommended rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's,
// then the layer rule: an import may only point down the order in eslint.layers.mjs.
const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true }, node: true },
      'boundaries/elements': LAYERS.map(({ type, pattern }) => ({ type, pattern, partialMatch: false })),
      'boundaries/include': ['app/**', 'components/**', 'lib/**', 'tooling/**', 'scripts/**', 'bench/**', 'e2e/**'],
      'boundaries/ignore': ['lib/db/generated/**'],
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies() }] },
  },
  {
    files: ['**/*.test.ts', '**/*.spec.ts'],
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies({ testing: true }) }] },
  },
  { ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', 'bench/.tmp/**', 'e2e/.tmp/**', 'test-results/**', 'next-env.d.ts'] },
]

export default config
