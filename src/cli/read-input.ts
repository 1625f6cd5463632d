import { CliError } from './io.ts'

/**
 * The most a config source may hold: 10 MB (10,000,000 bytes). A config is a few kilobytes, and a
 * share link's config is capped far lower; this only stops a runaway input (a wrong file, an endless
 * pipe) before it fills the memory.
 */
export const MAX_INPUT_BYTES = 10_000_000
export const MAX_INPUT_WORDS = '10 MB'

/**
 * Reads a whole input (stdin or a file) as UTF-8 text. The size cap is enforced while reading: the
 * read stops at the first chunk past it, so a 1.5 GB stream costs no more memory than a 10 MB one.
 * Bytes that are not UTF-8 (a Latin-1 file) are refused rather than turned into U+FFFD.
 */
export async function readTextInput(chunks: AsyncIterable<Uint8Array>, name: string): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const parts: string[] = []
  let bytes = 0
  // Leaving the loop early (throw) ends the iteration, which destroys a stream source: no more reads.
  for await (const chunk of chunks) {
    bytes += chunk.byteLength
    if (bytes > MAX_INPUT_BYTES) throw tooLarge(name)
    parts.push(decode(decoder, chunk, name, true))
  }
  parts.push(decode(decoder, new Uint8Array(0), name, false))
  return parts.join('')
}

/** A text that arrived whole (a `--link` argument) under the same cap. */
export function checkTextSize(text: string, name: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) throw tooLarge(name)
}

function tooLarge(name: string): CliError {
  return new CliError(`${name}: the input is larger than ${MAX_INPUT_WORDS}; a config is a few KB`)
}

function decode(decoder: TextDecoder, chunk: Uint8Array, name: string, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream })
  } catch {
    throw new CliError(`${name}: the input is not UTF-8 text (save it as UTF-8)`)
  }
}
