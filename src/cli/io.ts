/** Where the CLI reads and writes: the process by default, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Standard input as bytes; read through readTextInput (size cap, UTF-8 check). */
  readonly stdin: () => AsyncIterable<Uint8Array>
}

export const processIo: CliIo = {
  stdout: (text) => {
    process.stdout.write(text)
  },
  stderr: (text) => {
    process.stderr.write(text)
  },
  stdin: () => process.stdin,
}

/** A failure the user can fix (usage or input): one line on stderr, exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError'
}

/** Exit codes, also listed in `kanikoconfig --help` and the README. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3, output: 4 } as const

/** Messages from libraries can span lines (V8 echoes source, zod lists issues); stderr gets one. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
