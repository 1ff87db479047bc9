// One process of `npm run concurrency` (see tooling/concurrency/concurrency-check.ts): loads the app's save path,
// says "ready", waits for "go" on stdin so every process starts at once, then saves and prints the
// outcomes as one JSON line.
import { createInterface } from 'node:readline'
import { disconnectWriters, runWriters } from '../tooling/concurrency/concurrency-writers'

async function main() {
  const [first, count, saves] = process.argv.slice(2).map(Number)
  process.stdout.write('ready\n')
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) if (line.trim() === 'go') break
  lines.close()
  const outcomes = await runWriters(first, count, saves)
  await disconnectWriters()
  process.stdout.write(`${JSON.stringify(outcomes)}\n`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
