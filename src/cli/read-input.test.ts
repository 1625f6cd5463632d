import { describe, expect, it } from 'vitest'
import { CliError } from './io.ts'
import { checkTextSize, MAX_INPUT_BYTES, readTextInput } from './read-input.ts'

async function* chunks(...parts: (string | number[])[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : Uint8Array.from(part)
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(CliError)
    return (error as Error).message
  }
  throw new Error('expected a failure')
}

describe('readTextInput', () => {
  it('joins chunks, even when a character is split between two of them', async () => {
    const bytes = Buffer.from('{"name": "日本語 🐳"}')
    const split = [...bytes.subarray(0, 12)]
    const rest = [...bytes.subarray(12)]
    expect(await readTextInput(chunks(split, rest), 'stdin')).toBe('{"name": "日本語 🐳"}')
    expect(await readTextInput(chunks(), 'stdin')).toBe('')
  })

  it.each([
    ['Latin-1 é', [0x63, 0x61, 0x66, 0xe9]],
    ['a stray continuation byte', [0x41, 0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a sequence cut off at the end', [0x41, 0xe6, 0x97]],
  ])('refuses %s instead of writing U+FFFD', async (_what, bytes) => {
    expect(await failure(readTextInput(chunks(bytes), 'in.json'))).toBe(
      'in.json: the input is not UTF-8 text (save it as UTF-8)',
    )
  })

  it('takes exactly the cap, refuses one byte more, and stops reading there', async () => {
    const exact = await readTextInput(chunks('a'.repeat(MAX_INPUT_BYTES - 1), 'b'), 'stdin')
    expect(exact.length).toBe(MAX_INPUT_BYTES)

    let pulled = 0
    let closed = false
    async function* endless(): AsyncGenerator<Uint8Array> {
      const block = Buffer.alloc(1 << 20, 0x20)
      try {
        for (;;) {
          pulled++
          yield block
        }
      } finally {
        closed = true
      }
    }
    expect(await failure(readTextInput(endless(), 'stdin'))).toBe(
      'stdin: the input is larger than 10 MB; a config is a few KB',
    )
    expect(pulled).toBe(10) // ten 1 MiB blocks pass 10,000,000 bytes
    expect(closed).toBe(true)
  })
})

describe('checkTextSize', () => {
  it('applies the same cap to text given whole', () => {
    expect(() => checkTextSize('é'.repeat(MAX_INPUT_BYTES / 2), '--link')).not.toThrow()
    expect(() => checkTextSize('é'.repeat(MAX_INPUT_BYTES / 2 + 1), '--link')).toThrow(
      '--link: the input is larger than 10 MB; a config is a few KB',
    )
  })
})
