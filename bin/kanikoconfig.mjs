#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ with no build step: tsx compiles it on the fly and
// caches the result, so `npx kanikoconfig` works right after `npm ci`.
import { register } from 'tsx/esm/api'

// `kanikoconfig generate | head` closes the pipe early: not worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

// A namespaced registration only affects what it imports; tsconfig: false keeps tsx from reading
// whatever tsconfig.json happens to be in the user's working directory.
const api = register({ namespace: 'kanikoconfig', tsconfig: false })
const { main } = await api.import('../src/cli/main.ts', import.meta.url)
// exitCode (not process.exit) lets a large stdout drain into a pipe before the process ends.
process.exitCode = await main(process.argv.slice(2))
