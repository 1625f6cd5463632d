/** Parsing of config files with errors that say where: V8's messages do not always carry a position. */

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string }

/** Parses JSON text; on failure, a one-line message like `invalid JSON at line 3, column 1: …`. */
export function parseJson(text: string): JsonParseResult {
  // Editors on Windows like to start files with a byte order mark; JSON.parse rejects it.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (source.trim() === '') return { ok: false, message: 'invalid JSON: the input is empty' }
  try {
    return { ok: true, value: JSON.parse(source) }
  } catch (error) {
    const v8Message = error instanceof Error ? error.message : String(error)
    let offset = jsonErrorOffset(source)
    if (offset < 0) offset = Number(/at position (\d+)/.exec(v8Message)?.[1] ?? -1)
    const reason = jsonReason(v8Message, offset >= source.length)
    const where = offset >= 0 ? ` at ${lineColumn(source, offset)}` : ''
    return { ok: false, message: `invalid JSON${where}: ${reason}` }
  }
}

/** V8's reason without its position and without the echoed source (which may span lines). */
function jsonReason(v8Message: string, atEnd: boolean): string {
  if (atEnd) return 'unexpected end of input'
  const reason = v8Message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
  return reason || 'syntax error'
}

export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

/**
 * Offset of the first character at which `text` stops being valid JSON (RFC 8259), `text.length`
 * when it ends too early, or -1 when it is valid (or too deeply nested to scan).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const failure = { at: -1 }
  const fail = (): never => {
    failure.at = i
    throw failure
  }
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++
  }
  const expect = (char: string): void => {
    skipSpace()
    if (text.charAt(i) !== char) fail()
    i++
  }
  const string = (): void => {
    i++ // opening quote
    for (;;) {
      const c = text.charAt(i)
      if (c === '') fail()
      if (c === '"') {
        i++
        return
      }
      if (c < ' ') fail()
      if (c === '\\') {
        i++
        const e = text.charAt(i)
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++
            if (!/[0-9a-fA-F]/.test(text.charAt(i))) fail()
          }
        } else if (e === '' || !'"\\/bfnrt'.includes(e)) fail()
      }
      i++
    }
  }
  const number = (): void => {
    const re = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    re.lastIndex = i
    const match = re.exec(text)
    if (!match) {
      if (text.charAt(i) === '-') i++
      fail()
    }
    i += match?.[0].length ?? 0
    // A digit right after a complete number ("01") or a dangling "1." / "1e" is the error.
    if (/[0-9.eE+-]/.test(text.charAt(i))) fail()
  }
  const literal = (): void => {
    for (const word of ['true', 'false', 'null']) {
      if (word.charAt(0) !== text.charAt(i)) continue
      for (const char of word) {
        if (text.charAt(i) !== char) fail()
        i++
      }
      return
    }
    fail()
  }
  const value = (): void => {
    skipSpace()
    const c = text.charAt(i)
    if (c === '{') {
      i++
      skipSpace()
      if (text.charAt(i) === '}') {
        i++
        return
      }
      for (;;) {
        skipSpace()
        if (text.charAt(i) !== '"') fail()
        string()
        expect(':')
        value()
        skipSpace()
        const next = text.charAt(i)
        if (next !== ',' && next !== '}') fail()
        i++
        if (next === '}') return
      }
    }
    if (c === '[') {
      i++
      skipSpace()
      if (text.charAt(i) === ']') {
        i++
        return
      }
      for (;;) {
        value()
        skipSpace()
        const next = text.charAt(i)
        if (next !== ',' && next !== ']') fail()
        i++
        if (next === ']') return
      }
    }
    if (c === '"') string()
    else if (c === '-' || (c >= '0' && c <= '9')) number()
    else literal()
  }
  try {
    value()
    skipSpace()
    if (i < text.length) fail()
    return -1
  } catch (error) {
    if (error === failure) return failure.at
    return -1 // RangeError from very deep nesting: position unknown
  }
}
