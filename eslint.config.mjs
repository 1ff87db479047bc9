import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// Next's recommended rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's.
const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', 'bench/.tmp/**', 'e2e/.tmp/**', 'test-results/**', 'next-env.d.ts'] },
]

export default config
