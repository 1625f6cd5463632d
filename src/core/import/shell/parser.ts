import type { File, ParseError } from 'sh-syntax'

/** What the importer needs from mvdan/sh: statements, comments and syntax errors of a script. */
export type ShellParser = (text: string) => Promise<File>

export type ShellParse =
  | { readonly ok: true; readonly file: File }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string }

let defaultParser: Promise<ShellParser> | null = null

/** sh-syntax (WebAssembly) is loaded on the first import only, never with the page's entry chunk. */
export function loadShellParser(): Promise<ShellParser> {
  defaultParser ??= import('sh-syntax').then(
    ({ parse, LangVariant }) =>
      (text: string) =>
        parse(text, { variant: LangVariant.LangPOSIX, keepComments: true }),
  )
  return defaultParser
}

export async function parseShell(parser: ShellParser, text: string): Promise<ShellParse> {
  try {
    return { ok: true, file: await parser(text) }
  } catch (error) {
    const parseError = error as Partial<ParseError>
    const message = parseError.Text ?? (error instanceof Error ? error.message : String(error))
    return { ok: false, line: parseError.Pos?.Line ?? 0, column: parseError.Pos?.Col ?? 0, message }
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
