import type { Redirect, SimpleCommand, Word, WordPart } from '../types.ts'

/**
 * A construct the lexer does not read into commands (the importer lists it). Plain data: the
 * diagnostics use this lexer too, and must not load the importer's messages.
 */
export type SkippedConstruct =
  | { readonly offset: number; readonly kind: 'for-loop' }
  /** `raw`: the text from `case` to `esac`. */
  | { readonly offset: number; readonly kind: 'case'; readonly raw: string }
  | { readonly offset: number; readonly kind: 'arithmetic'; readonly raw: string }

/**
 * Splits shell text that sh-syntax has already accepted into simple commands and words.
 *
 * sh-syntax 0.7.0 hands back only the top level of mvdan/sh's tree (statements with their span,
 * comments, redirections and heredocs; no command arguments, no nested statements: see README.md), so
 * the words themselves are read here, character by character, following POSIX quoting: `\`, '…', "…",
 * `$name`, `${…}`, `$(…)`, backquotes, heredocs and redirections. It never decides whether text is valid
 * shell: the parser did that first, and a test checks that both agree on statements, comments and
 * redirections for every corpus script.
 */

export interface Comment {
  readonly offset: number
  readonly text: string
}

export interface LexResult {
  readonly commands: SimpleCommand[]
  readonly comments: Comment[]
  /** Constructs that were skipped (`case … esac`, arithmetic), with their offset. */
  readonly skipped: SkippedConstruct[]
}

const RESERVED_OPEN = new Set(['if', 'while', 'until', 'for', 'case'])
const RESERVED_CLOSE = new Set(['fi', 'done', 'esac'])
const RESERVED_SEPARATOR = new Set(['then', 'else', 'elif', 'do', '!', '{', '}'])
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>'])
const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t'
const isNameStart = (char: string | undefined): boolean =>
  char !== undefined && ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_')
const isNameChar = (char: string | undefined): boolean =>
  isNameStart(char) || (char !== undefined && char >= '0' && char <= '9')
const SPECIAL_PARAMS = new Set([
  '@',
  '*',
  '#',
  '?',
  '-',
  '$',
  '!',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
])

interface PendingHeredoc {
  readonly delimiter: string
  readonly stripTabs: boolean
  readonly quoted: boolean
  readonly fill: (body: Word) => void
}

class Lexer {
  pos: number
  readonly commands: SimpleCommand[] = []
  readonly comments: Comment[] = []
  readonly skipped: SkippedConstruct[] = []
  private pendingHeredocs: PendingHeredoc[] = []
  private conditionalDepth = 0
  /** Where each open `{ … }` group's commands start in `commands`. */
  private readonly groups: number[] = []

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start
  }

  private peek(offset = 0): string | undefined {
    const index = this.pos + offset
    return index < this.end ? this.text[index] : undefined
  }

  /** Reads commands until the end, or until an unmatched `)` when `insideSubstitution`. */
  run(insideSubstitution: boolean): void {
    let words: Word[] = []
    let assignments: { name: string; value: Word }[] = []
    let redirects: Redirect[] = []
    let start = this.pos
    let conditionalNext = false
    let pipedFrom: SimpleCommand | null = null
    // `{ a; b; } >> file`: the group's redirections are its commands' (the first truncates).
    let groupStart: number | null = null
    const finish = (): SimpleCommand | null => {
      let command: SimpleCommand | null = null
      const group = groupStart
      if (group !== null && words.length === 0 && assignments.length === 0 && redirects.length) {
        this.commands.slice(group).forEach((inner, index) => {
          const own = redirects.map((r) => (index > 0 && r.op === '>' ? { ...r, op: '>>' } : r))
          this.commands[group + index] = { ...inner, redirects: [...inner.redirects, ...own] }
        })
        redirects = []
      }
      groupStart = null
      if (words.length || assignments.length || redirects.length) {
        command = {
          words,
          assignments,
          redirects,
          conditional: conditionalNext || this.conditionalDepth > 0,
          pipedFrom,
          offset: start,
          end: this.pos,
        }
        this.commands.push(command)
      }
      words = []
      assignments = []
      redirects = []
      pipedFrom = null
      return command
    }
    for (;;) {
      this.skipBlanks()
      const char = this.peek()
      if (char === undefined) break
      if (words.length === 0 && assignments.length === 0 && redirects.length === 0) start = this.pos
      if (char === '#') {
        this.readComment()
        continue
      }
      if (char === '\n') {
        this.pos += 1
        finish()
        conditionalNext = false
        this.readHeredocBodies()
        continue
      }
      if (char === ')' && insideSubstitution) break
      const fd = this.readFdPrefix()
      if (fd !== null || char === '<' || char === '>') {
        const redirect = this.readRedirect(fd)
        if (redirect) redirects.push(redirect)
        continue
      }
      if (OPERATOR_CHARS.has(char)) {
        const two = char + (this.peek(1) ?? '')
        if (two === '&&' || two === '||') {
          this.pos += 2
          finish()
          conditionalNext = true
        } else if (char === '|') {
          this.pos += 1
          pipedFrom = finish()
          continue
        } else {
          this.pos += two === ';;' ? 2 : 1
          finish()
          if (char !== '(' && char !== ')') conditionalNext = false
        }
        continue
      }
      const wordStart = this.pos
      const word = this.readWord()
      const literal = words.length === 0 && assignments.length === 0 ? plainLiteral(word) : null
      if (literal !== null) {
        if (RESERVED_OPEN.has(literal)) {
          this.conditionalDepth += 1
          if (literal === 'case') {
            this.skipCase(wordStart)
            continue
          }
          if (literal === 'for') {
            this.skipped.push({
              offset: wordStart,
              kind: 'for-loop',
            })
            this.skipToLineEndOrSemicolon()
            continue
          }
          continue
        }
        if (RESERVED_CLOSE.has(literal)) {
          this.conditionalDepth = Math.max(0, this.conditionalDepth - 1)
          continue
        }
        if (literal === '{') {
          this.groups.push(this.commands.length)
          continue
        }
        if (literal === '}') {
          groupStart = this.groups.pop() ?? null
          continue
        }
        if (RESERVED_SEPARATOR.has(literal)) continue
      }
      if (words.length === 0) {
        const equals = word.raw.indexOf('=')
        const name = equals > 0 ? word.raw.slice(0, equals) : ''
        if (name && isNameStart(name[0]) && [...name].every(isNameChar)) {
          assignments.push({ name, value: this.subWord(word, equals + 1) })
          continue
        }
      }
      words.push(word)
    }
    finish()
  }

  private skipBlanks(): void {
    for (;;) {
      const char = this.peek()
      if (isBlank(char)) this.pos += 1
      else if (char === '\\' && this.peek(1) === '\n') this.pos += 2
      else return
    }
  }

  private readComment(): void {
    const start = this.pos
    while (this.peek() !== undefined && this.peek() !== '\n') this.pos += 1
    this.comments.push({ offset: start, text: this.text.slice(start + 1, this.pos) })
  }

  private skipToLineEndOrSemicolon(): void {
    while (this.peek() !== undefined && this.peek() !== '\n' && this.peek() !== ';') {
      const char = this.peek()
      if (char === '"' || char === "'" || char === '$' || char === '`') this.readWord()
      else this.pos += 1
    }
  }

  /** `case` patterns reuse `)` and `|`: the whole construct is skipped and reported. */
  private skipCase(start: number): void {
    let depth = 1
    while (this.peek() !== undefined && depth > 0) {
      const char = this.peek()
      if (char === '"' || char === "'" || char === '$' || char === '`' || char === '\\') {
        this.readWord()
        continue
      }
      if (isNameStart(char)) {
        const wordStart = this.pos
        while (isNameChar(this.peek())) this.pos += 1
        const word = this.text.slice(wordStart, this.pos)
        if (word === 'case') depth += 1
        if (word === 'esac') depth -= 1
        continue
      }
      this.pos += 1
    }
    this.conditionalDepth = Math.max(0, this.conditionalDepth - 1)
    this.skipped.push({ offset: start, kind: 'case', raw: this.text.slice(start, this.pos) })
  }

  private readFdPrefix(): string | null {
    let index = 0
    while (
      this.peek(index) !== undefined &&
      (this.peek(index) as string) >= '0' &&
      (this.peek(index) as string) <= '9'
    )
      index += 1
    if (index === 0) return null
    const next = this.peek(index)
    if (next !== '<' && next !== '>') return null
    const fd = this.text.slice(this.pos, this.pos + index)
    this.pos += index
    return fd
  }

  private readRedirect(fd: string | null): Redirect | null {
    let op = ''
    const candidates = ['<<-', '<<', '>>', '>&', '<&', '>|', '<>', '<', '>']
    for (const candidate of candidates) {
      if (this.text.startsWith(candidate, this.pos)) {
        op = candidate
        break
      }
    }
    this.pos += op.length
    this.skipBlanks()
    const target = this.readWord()
    if (op === '<<' || op === '<<-') {
      const quoted = target.parts.some((part) => part.quoted) || target.raw.includes('\\')
      const delimiter = target.parts.map((part) => (part.kind === 'literal' ? part.value : part.raw)).join('')
      const redirect: { op: string; fd: string | null; target: Word; heredoc: Word | null } = {
        op,
        fd,
        target,
        heredoc: null,
      }
      this.pendingHeredocs.push({
        delimiter,
        stripTabs: op === '<<-',
        quoted,
        fill: (body) => {
          redirect.heredoc = body
        },
      })
      return redirect
    }
    return { op, fd, target, heredoc: null }
  }

  private readHeredocBodies(): void {
    const pending = this.pendingHeredocs
    this.pendingHeredocs = []
    for (const heredoc of pending) {
      const bodyStart = this.pos
      let bodyEnd = this.pos
      for (;;) {
        if (this.pos >= this.end) {
          bodyEnd = this.pos
          break
        }
        const lineEnd = this.text.indexOf('\n', this.pos)
        const stop = lineEnd < 0 || lineEnd > this.end ? this.end : lineEnd
        let line = this.text.slice(this.pos, stop)
        while (heredoc.stripTabs && line.startsWith('\t')) line = line.slice(1)
        if (line === heredoc.delimiter) {
          bodyEnd = this.pos
          this.pos = stop < this.end ? stop + 1 : stop
          break
        }
        this.pos = stop < this.end ? stop + 1 : stop
      }
      const raw = this.text.slice(bodyStart, bodyEnd)
      heredoc.fill(
        heredoc.quoted
          ? { raw, parts: [{ kind: 'literal', value: raw, quoted: true }], offset: bodyStart }
          : readHeredocWord(this.text, bodyStart, bodyEnd),
      )
    }
  }

  /** A word in unquoted context. */
  readWord(): Word {
    const start = this.pos
    const parts = new PartBuilder()
    for (;;) {
      const char = this.peek()
      if (char === undefined || isBlank(char) || char === '\n' || OPERATOR_CHARS.has(char)) break
      if (char === '\\') {
        const next = this.peek(1)
        this.pos = Math.min(this.pos + 2, this.end)
        if (next !== '\n' && next !== undefined) parts.literal(next, true)
        continue
      }
      if (char === "'") {
        const close = this.text.indexOf("'", this.pos + 1)
        const stop = close < 0 || close >= this.end ? this.end : close
        parts.literal(this.text.slice(this.pos + 1, stop), true)
        parts.markQuoted()
        this.pos = Math.min(stop + 1, this.end)
        continue
      }
      if (char === '"') {
        this.pos += 1
        parts.markQuoted()
        this.readDoubleQuoted(parts)
        continue
      }
      if (char === '$' || char === '`') {
        this.readExpansion(parts, false)
        continue
      }
      parts.literal(char, false)
      this.pos += 1
    }
    return { raw: this.text.slice(start, this.pos), parts: parts.done(), offset: start }
  }

  private readDoubleQuoted(parts: PartBuilder): void {
    for (;;) {
      const char = this.peek()
      if (char === undefined) return
      if (char === '"') {
        this.pos += 1
        return
      }
      if (char === '\\') {
        const next = this.peek(1)
        if (next === '$' || next === '`' || next === '"' || next === '\\') {
          parts.literal(next, true)
          this.pos += 2
          continue
        }
        if (next === '\n') {
          this.pos += 2
          continue
        }
      }
      if (char === '$' || char === '`') {
        this.readExpansion(parts, true)
        continue
      }
      parts.literal(char, true)
      this.pos += 1
    }
  }

  readExpansion(parts: PartBuilder, quoted: boolean): void {
    const start = this.pos
    const char = this.peek()
    const next = this.peek(1)
    if (char === '`') {
      let index = this.pos + 1
      while (index < this.end && this.text[index] !== '`') index += this.text[index] === '\\' ? 2 : 1
      const inner = new Lexer(this.text, this.pos + 1, Math.min(index, this.end))
      inner.run(false)
      this.pos = Math.min(index + 1, this.end)
      parts.push({ kind: 'command', raw: this.text.slice(start, this.pos), commands: inner.commands, quoted })
      return
    }
    if (next === '(' && this.peek(2) === '(') {
      let depth = 0
      this.pos += 1
      while (this.peek() !== undefined) {
        if (this.peek() === '(') depth += 1
        if (this.peek() === ')') depth -= 1
        this.pos += 1
        if (depth === 0) break
      }
      const raw = this.text.slice(start, this.pos)
      this.skipped.push({ offset: start, kind: 'arithmetic', raw })
      parts.push({ kind: 'param', name: '', raw, quoted })
      return
    }
    if (next === '(') {
      const inner = new Lexer(this.text, this.pos + 2, this.end)
      inner.run(true)
      this.comments.push(...inner.comments)
      this.skipped.push(...inner.skipped)
      this.pos = Math.min(inner.pos + 1, this.end)
      parts.push({ kind: 'command', raw: this.text.slice(start, this.pos), commands: inner.commands, quoted })
      return
    }
    if (next === '{') {
      const index = this.parameterEnd(this.pos + 2, quoted)
      const raw = this.text.slice(start, index + 1)
      const body = raw.slice(2, -1)
      let nameEnd = 0
      while (isNameChar(body[nameEnd])) nameEnd += 1
      const name = nameEnd === 0 && body[0] && SPECIAL_PARAMS.has(body[0]) ? body[0] : body.slice(0, nameEnd)
      this.pos = Math.min(index + 1, this.end)
      parts.push({ kind: 'param', name, raw, quoted })
      return
    }
    if (isNameStart(next)) {
      this.pos += 1
      while (isNameChar(this.peek())) this.pos += 1
      const raw = this.text.slice(start, this.pos)
      parts.push({ kind: 'param', name: raw.slice(1), raw, quoted })
      return
    }
    if (next !== undefined && SPECIAL_PARAMS.has(next)) {
      this.pos += 2
      parts.push({ kind: 'param', name: next, raw: `$${next}`, quoted })
      return
    }
    parts.literal('$', quoted)
    this.pos += 1
  }

  /**
   * The `}` that ends `${…}` whose word starts at `from`, as POSIX shells find it (busybox, dash):
   * the first one not escaped, not quoted and not ending a nested `${…}`; a bare `{` opens nothing.
   * Single quotes quote only where the expansion itself is not inside double quotes.
   */
  private parameterEnd(from: number, quoted: boolean): number {
    let depth = 1
    let inDouble = false
    let index = from
    while (index < this.end) {
      const current = this.text[index]
      if (current === '\\') index += 2
      else if (current === "'" && !inDouble && !quoted) {
        const close = this.text.indexOf("'", index + 1)
        index = close < 0 || close >= this.end ? this.end : close + 1
      } else if (current === '"') {
        inDouble = !inDouble
        index += 1
      } else if (current === '$' && this.text[index + 1] === '{') {
        depth += 1
        index += 2
      } else if (current === '}' && (!inDouble || depth > 1)) {
        depth -= 1
        if (depth === 0) return index
        index += 1
      } else index += 1
    }
    return this.end - 1
  }

  /** The part of an assignment word after `=`. */
  private subWord(word: Word, from: number): Word {
    const sub = new Lexer(this.text, word.offset + from, word.offset + word.raw.length)
    return sub.readWord()
  }
}

class PartBuilder {
  private readonly parts: WordPart[] = []
  private quotedEmpty = false
  literal(value: string, quoted: boolean): void {
    const last = this.parts.at(-1)
    if (last?.kind === 'literal' && last.quoted === quoted) {
      this.parts[this.parts.length - 1] = { ...last, value: last.value + value }
    } else this.parts.push({ kind: 'literal', value, quoted })
  }
  /** `""` is an empty word, not no word. */
  markQuoted(): void {
    this.quotedEmpty = true
  }
  push(part: WordPart): void {
    this.parts.push(part)
  }
  done(): WordPart[] {
    if (this.parts.length === 0 && this.quotedEmpty) return [{ kind: 'literal', value: '', quoted: true }]
    return this.parts
  }
}

/** A heredoc body with an unquoted delimiter: `$…` and backquotes expand, `\` escapes `$`, `` ` ``, `\`. */
function readHeredocWord(text: string, start: number, end: number): Word {
  const lexer = new Lexer(text, start, end)
  const parts = new PartBuilder()
  while (lexer.pos < end) {
    const char = text[lexer.pos] as string
    const next = text[lexer.pos + 1]
    if (char === '\\' && (next === '$' || next === '`' || next === '\\')) {
      parts.literal(next, true)
      lexer.pos += 2
      continue
    }
    if (char === '$' || char === '`') {
      // Reuse the double-quoted reader for one expansion.
      const word = new Lexer(text, lexer.pos, end)
      word.readExpansion(parts, true)
      lexer.pos = word.pos
      continue
    }
    parts.literal(char, true)
    lexer.pos += 1
  }
  return { raw: text.slice(start, end), parts: parts.done(), offset: start }
}

/** The word's text if it is one unquoted literal (command names, reserved words). */
export function plainLiteral(word: Word): string | null {
  const [only, ...rest] = word.parts
  return only?.kind === 'literal' && !only.quoted && rest.length === 0 ? only.value : null
}

export function lexShell(text: string): LexResult {
  const lexer = new Lexer(text, 0, text.length)
  lexer.run(false)
  return { commands: lexer.commands, comments: lexer.comments, skipped: lexer.skipped }
}
