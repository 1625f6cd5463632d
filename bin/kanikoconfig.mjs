#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ with no build step: tsx compiles it on the fly and
// caches the result, so `npx kanikoconfig` works right after `npm ci`.
import { register } from 'tsx/esm/api'

// A namespaced registration only affects what it imports; tsconfig: false keeps tsx from reading
// whatever tsconfig.json happens to be in the user's working directory.
const api = register({ namespace: 'kanikoconfig', tsconfig: false })
const { handleOutputErrors } = await api.import('../src/cli/output.ts', import.meta.url)
// `| head` closing the pipe or `> /dev/full`: one line at most, never a stack trace (src/cli/output.ts).
handleOutputErrors({ stdout: process.stdout, stderr: process.stderr, exit: (code) => process.exit(code) })
const { main } = await api.import('../src/cli/main.ts', import.meta.url)
// exitCode (not process.exit) lets a large stdout drain into a pipe before the process ends.
process.exitCode = await main(process.argv.slice(2))
