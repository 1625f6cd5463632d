import { Readable } from 'node:stream'
import type { CliIo } from './io.ts'
import { main } from './main.ts'

/**
 * Runs main() in process with `stdin` as its input and returns its exit code and output: the same
 * code as the binary minus the tsx bootstrap (cli.test.ts proves the spawned binary behaves the same).
 */
export async function runCli(args: string[], stdin: string | readonly Uint8Array[] = '') {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    stdin: () => Readable.from(typeof stdin === 'string' ? [Buffer.from(stdin)] : stdin),
  }
  const code = await main(args, io)
  return { code, stdout, stderr }
}
