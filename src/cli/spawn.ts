import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Test helper: runs the real CLI as a child process, the way users run it. */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = fileURLToPath(new URL('../../bin/kanikoconfig.mjs', import.meta.url))

export interface RunResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly stdin?: string
  /** Run `npx kanikoconfig …` instead of `node bin/kanikoconfig.mjs …`. */
  readonly viaNpx?: boolean
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const [command, commandArgs] = options.viaNpx
    ? ['npx', ['--no-install', 'kanikoconfig', ...args]]
    : [process.execPath, [BIN, ...args]]
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: REPO_ROOT, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.stdin ?? '')
  })
}
