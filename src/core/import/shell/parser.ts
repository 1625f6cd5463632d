import type { File, ParseError } from 'sh-syntax'

/** What the importer needs from mvdan/sh: statements, comments and syntax errors of a script. */
export type ShellParser = (text: string, dialect: ShellDialect) => Promise<File>
export type ShellDialect = 'posix' | 'bash'

export type ShellParse =
  | { readonly ok: true; readonly file: File }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string }

let defaultParser: Promise<ShellParser> | null = null
const CACHE_LIMIT = 256

/**
 * sh-syntax (WebAssembly) is loaded on the first import only, never with the page's entry chunk. Each
 * call instantiates the module anew (tens of milliseconds), so results are kept by text: matrix jobs and
 * jobs sharing a template parse the same script once.
 */
export function loadShellParser(): Promise<ShellParser> {
  defaultParser ??= import('sh-syntax').then(({ parse, LangVariant }) => {
    const cache = new Map<string, Promise<File>>()
    return (text: string, dialect: ShellDialect) => {
      const key = `${dialect}\u0000${text}`
      const cached = cache.get(key)
      if (cached) return cached
      const result = parse(text, {
        variant: dialect === 'bash' ? LangVariant.LangBash : LangVariant.LangPOSIX,
        keepComments: true,
      })
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
      cache.set(key, result)
      return result
    }
  })
  return defaultParser
}

export async function parseShell(
  parser: ShellParser,
  text: string,
  dialect: ShellDialect,
): Promise<ShellParse> {
  try {
    return { ok: true, file: await parser(text, dialect) }
  } catch (error) {
    const parseError = error as Partial<ParseError>
    const message = parseError.Text ?? (error instanceof Error ? error.message : String(error))
    if (parseError.Pos?.Line)
      return { ok: false, line: parseError.Pos.Line, column: parseError.Pos.Col, message }
    // mvdan/sh writes the position in front of the message: `5:23: search and replace is…`.
    const [line, column, ...rest] = message.split(':')
    const isPosition = (value: string | undefined): boolean =>
      value !== undefined && value !== '' && Number.isInteger(Number(value))
    if (isPosition(line) && isPosition(column)) {
      return { ok: false, line: Number(line), column: Number(column), message: rest.join(':').trim() }
    }
    return { ok: false, line: 0, column: 0, message }
  }
}

/** mvdan/sh reports byte offsets (UTF-8); the importer works with string indexes. */
export function byteOffsetToIndex(text: string): (byteOffset: number) => number {
  const indexes: number[] = []
  let bytes = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index) ?? 0
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    for (let b = 0; b < size; b += 1) indexes[bytes + b] = index
    bytes += size
    if (code >= 0x10000) index += 1
  }
  return (byteOffset) => indexes[byteOffset] ?? text.length
}
