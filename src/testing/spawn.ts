import { spawn } from 'node:child_process'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export interface ProcessResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface ProcessOptions {
  readonly cwd?: string
  /** The whole environment of the child (default: the test process's). */
  readonly env?: NodeJS.ProcessEnv
  readonly timeoutMs?: number
  /**
   * Written to the child's stdin, which is then closed. A stream is written as the child reads it;
   * when the child exits without reading it all, the rest is dropped (not an error).
   */
  readonly stdin?: string | AsyncIterable<Uint8Array>
  /**
   * The child's stdout: collected (default), `closed` (a pipe whose reading end is closed at once, as
   * by `| head -c1` before any output: writes fail with EPIPE), or a file descriptor (e.g. /dev/full).
   */
  readonly stdout?: 'collect' | 'closed' | number
}

/** Runs a command to completion and collects its output as text (test helper). */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const stdoutTarget = typeof options.stdout === 'number' ? options.stdout : 'pipe'
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      timeout: options.timeoutMs,
      stdio: ['pipe', stdoutTarget, 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    if (options.stdout === 'closed') child.stdout?.destroy()
    else {
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk
      })
    }
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    const input = options.stdin ?? ''
    // A child that exits before reading all its input closes the pipe: EPIPE here is expected.
    const source = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : Readable.from(input)
    if (child.stdin)
      pipeline(source, child.stdin).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') reject(error)
      })
  })
}
