#!/usr/bin/env node
// `npm run bench`: builds the site, serves it on 127.0.0.1, drives Debian's Chromium headless, and
// prints the figures of issue 5 next to their budgets (see docs/benchmark.md). The benchmark itself
// is TypeScript in scripts/bench/, run through tsx like the CLI. It never fails on a budget: only
// the deterministic byte budget is enforced, by scripts/bundle-budget.test.ts.
import { register } from 'tsx/esm/api'

const api = register({ namespace: 'kanikoconfig-bench' })
try {
  await api.import('./bench/main.ts', import.meta.url)
} catch (error) {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 1
}
