import { fileURLToPath } from 'node:url'
import { type ProcessOptions, type ProcessResult, runProcess } from '../testing/spawn.ts'

/** Test helper: runs the real CLI as a child process, the way users run it. */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = fileURLToPath(new URL('../../bin/kanikoconfig.mjs', import.meta.url))

export type RunResult = ProcessResult

export interface RunOptions {
  readonly stdin?: ProcessOptions['stdin']
  readonly stdout?: ProcessOptions['stdout']
  /** Run `npx kanikoconfig …` instead of `node bin/kanikoconfig.mjs …`. */
  readonly viaNpx?: boolean
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const [command, commandArgs] = options.viaNpx
    ? ['npx', ['--no-install', 'kanikoconfig', ...args]]
    : [process.execPath, [BIN, ...args]]
  return runProcess(command, commandArgs, { cwd: REPO_ROOT, stdin: options.stdin, stdout: options.stdout })
}
