import { EXIT, oneLine } from './io.ts'

/** The parts of the process that output failures touch (the real process, or fakes in tests). */
export interface OutputStreams {
  readonly stdout: NodeJS.EventEmitter & { destroy(): unknown }
  readonly stderr: NodeJS.EventEmitter & { write(text: string): unknown }
  readonly exit: (code: number) => void
}

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EBADF: 'standard output is closed',
}

/**
 * What a failed write to standard output means (README, "Exit status"):
 * - EPIPE, the reader went away (`| head -c1`): not an error. Output stops quietly and the exit
 *   status stays the command's own (0, or 1 for `lint` with an error-level finding).
 * - anything else (ENOSPC on `> /dev/full`, EIO…): one line on stderr and exit status 4, since the
 *   output is incomplete.
 * A failing stderr is ignored: there is nowhere left to report it, and it must not become a stack trace.
 */
export function handleOutputErrors(streams: OutputStreams): void {
  let failed = false
  streams.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // After the first failure every later write fails too (ERR_STREAM_DESTROYED): one report only.
    if (failed) return
    failed = true
    streams.stdout.destroy()
    if (error.code === 'EPIPE') return
    streams.stderr.write(`kanikoconfig: cannot write the output: ${describeWriteError(error)}\n`)
    streams.exit(EXIT.output)
  })
  streams.stderr.on('error', () => {})
}

export function describeWriteError(error: NodeJS.ErrnoException): string {
  const code = error.code ?? ''
  const known = WRITE_ERRORS[code]
  if (known !== undefined) return `${known} (${code})`
  return oneLine(error.message) || code || 'unknown error'
}
