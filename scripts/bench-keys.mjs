#!/usr/bin/env node
// `npm run bench:keys`: the keystroke-work pass of the benchmark alone (scripts/bench/keys.ts).
import { register } from 'tsx/esm/api'

const api = register({ namespace: 'kanikoconfig-bench' })
try {
  await api.import('./bench/keys.ts', import.meta.url)
} catch (error) {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 1
}
