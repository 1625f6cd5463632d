/**
 * Reads as much of a damaged or cut-off JSON text as can be trusted: complete members of objects
 * and complete items of arrays, up to the first point where the text stops making sense. Containers
 * that are cut off keep what they had; a cut-off string, number or literal is left out.
 * Returns undefined when not even the start of a value could be read.
 */
export function parseJsonPrefix(text: string, maxDepth = MAX_DEPTH): unknown {
  return new PrefixReader(text, maxDepth).value(0)?.value
}

/** Deeper than any config (which nests five levels); stops runaway recursion on hostile input. */
export const MAX_DEPTH = 32

interface Read {
  readonly value: unknown
  /** False when the text ended or broke inside this value. */
  readonly complete: boolean
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WHITESPACE = /[ \t\n\r]*/y

class PrefixReader {
  private i = 0
  constructor(
    private readonly s: string,
    private readonly maxDepth: number,
  ) {}

  value(depth: number): Read | undefined {
    this.skipWhitespace()
    const c = this.s.charAt(this.i)
    if (c === '{' || c === '[') {
      if (depth >= this.maxDepth) return undefined
      return c === '{' ? this.object(depth) : this.array(depth)
    }
    if (c === '"') {
      const s = this.string()
      return s === undefined ? { value: undefined, complete: false } : { value: s, complete: true }
    }
    for (const [word, value] of LITERALS) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length
        return { value, complete: true }
      }
    }
    NUMBER.lastIndex = this.i
    const m = NUMBER.exec(this.s)
    if (m) {
      this.i += m[0].length
      // A number at the very end may have lost digits.
      return { value: Number(m[0]), complete: this.i < this.s.length }
    }
    return undefined
  }

  private object(depth: number): Read {
    const out: Record<string, unknown> = {}
    this.i++
    this.skipWhitespace()
    if (this.s.charAt(this.i) === '}') {
      this.i++
      return { value: out, complete: true }
    }
    for (;;) {
      this.skipWhitespace()
      const key = this.s.charAt(this.i) === '"' ? this.string() : undefined
      if (key === undefined) return { value: out, complete: false }
      this.skipWhitespace()
      if (this.s.charAt(this.i) !== ':') return { value: out, complete: false }
      this.i++
      const read = this.value(depth + 1)
      if (read === undefined) return { value: out, complete: false }
      if (read.complete || isContainer(read.value)) define(out, key, read.value)
      if (!read.complete) return { value: out, complete: false }
      this.skipWhitespace()
      const next = this.s.charAt(this.i++)
      if (next === '}') return { value: out, complete: true }
      if (next !== ',') return { value: out, complete: false }
    }
  }

  private array(depth: number): Read {
    const out: unknown[] = []
    this.i++
    this.skipWhitespace()
    if (this.s.charAt(this.i) === ']') {
      this.i++
      return { value: out, complete: true }
    }
    for (;;) {
      const read = this.value(depth + 1)
      if (read === undefined) return { value: out, complete: false }
      if (read.complete || isContainer(read.value)) out.push(read.value)
      if (!read.complete) return { value: out, complete: false }
      this.skipWhitespace()
      const next = this.s.charAt(this.i++)
      if (next === ']') return { value: out, complete: true }
      if (next !== ',') return { value: out, complete: false }
    }
  }

  /** A complete string literal at i (moving past it), or undefined if it is cut off or invalid. */
  private string(): string | undefined {
    const start = this.i
    let j = start + 1
    while (j < this.s.length) {
      const c = this.s.charAt(j)
      if (c === '\\') j += 2
      else if (c === '"') break
      else j++
    }
    if (j >= this.s.length) return undefined
    try {
      const value = JSON.parse(this.s.slice(start, j + 1)) as string
      this.i = j + 1
      return value
    } catch {
      return undefined
    }
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.i
    WHITESPACE.exec(this.s)
    this.i = WHITESPACE.lastIndex
  }
}

const LITERALS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
]

function isContainer(v: unknown): boolean {
  return typeof v === 'object' && v !== null
}

/** Like `out[key] = value`, but a key named `__proto__` stays a plain field (as in JSON.parse). */
function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
}
