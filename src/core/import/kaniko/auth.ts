import { partText, wordText } from '../shell/words.ts'
import type { Origin, SimpleCommand, Word, WordPart } from '../types.ts'
import { programName } from './commands.ts'

/** One registry login found in a `config.json` the script writes. Values are expressions (`${CI_REGISTRY}`). */
export interface AuthEntry extends Origin {
  readonly host: string
  /** `port-stripped`: the key is `$(echo $X | awk -F: '{print $1}')`, the host without its port. */
  /** `text`: literal text with `$X`/`${X}` references (config text, `${REGISTRY}:5000`). */
  readonly hostForm: 'literal' | 'variable' | 'text' | 'port-stripped' | 'expression'
  readonly username: string | null
  /** The user name is plain text (quoted or escaped `$` included), not an expansion. */
  readonly usernameIsText?: boolean
  readonly password: string | null
  /** `auth`: base64 of `user:password` computed in the script; `auth-value`: a ready `auth` value. */
  readonly form: 'auth' | 'auth-value' | 'username-password' | 'identitytoken' | 'other'
  /** The base64 step that builds `auth` wraps long output (no `-w0`, no `tr -d '\n'`). */
  readonly base64Wraps: boolean
  readonly conditional: boolean
}

/** How the script produces `config.json`. */
export interface AuthWrite extends Origin {
  readonly form: 'json' | 'variable-copy' | 'file-copy' | 'unreadable'
  /** The variable or file copied (`${DOCKER_AUTH_CONFIG}`, `$CONFIG_FILE`). */
  readonly from: string | null
  readonly append: boolean
  readonly conditional: boolean
  readonly credsStore: string | null
  readonly credHelpers: Readonly<Record<string, string>>
  /** The shell removed quotes the author meant for the JSON (`echo {"auths":…}`). */
  readonly quotesLost: boolean
  readonly entries: readonly AuthEntry[]
  /** A copy of `$1` (DOCKER_AUTH_CONFIG read before): whether our entries follow it in one document. */
  readonly merged?: boolean
}

/** `-n`, `-e`, `-ne`…: echo's options, not text. */
export function isEchoOption(text: string): boolean {
  return text.length > 1 && text.startsWith('-') && [...text.slice(1)].every((char) => 'neE'.includes(char))
}

const isConfigJson = (path: string): boolean => path.endsWith('config.json')

/** Placeholders for expansions inside JSON text: private-use characters (valid inside JSON strings). */
const OPEN = '\uE000'
const CLOSE = '\uE001'

/** The text a command writes into a file: echo/printf arguments, a heredoc, or `null` when unknown. */
function writtenContent(command: SimpleCommand): { parts: WordPart[]; raw: string } | null {
  const heredoc = command.redirects.find((redirect) => redirect.heredoc)?.heredoc
  const name = programName(command)
  if (heredoc && name === 'cat') return { parts: [...heredoc.parts], raw: heredoc.raw }
  let args = command.words.slice(1)
  if (name === 'echo') {
    while (args[0] && isEchoOption(wordText(args[0]))) args = args.slice(1)
  } else if (name === 'printf') {
    const formatted = printfOutput(args)
    return formatted
  } else return null
  const parts: WordPart[] = []
  args.forEach((word, index) => {
    if (index > 0) parts.push({ kind: 'literal', value: ' ', quoted: false })
    parts.push(...word.parts)
  })
  return { parts, raw: args.map((word) => word.raw).join(' ') }
}

/**
 * What `printf FORMAT ARG…` prints, for a literal format: each `%s` takes the next argument's parts
 * (expansions kept), `%%` is a `%`, `\\n` a line break; null for other conversions. The generator
 * writes config.json this way (`printf '{"auths":{"%s":{"auth":"%s"}}}\\n' "$HOST" "$(…)"`).
 */
export function printfOutput(words: readonly Word[]): { parts: WordPart[]; raw: string } | null {
  const [formatWord, ...args] = words
  const format = formatWord?.parts.every((part) => part.kind === 'literal') ? wordText(formatWord) : null
  if (format === null) return null
  const parts: WordPart[] = []
  let text = ''
  let next = 0
  for (let i = 0; i < format.length; i += 1) {
    const char = format[i]
    const following = format[i + 1]
    if (char === '%' && following === '%') {
      text += '%'
      i += 1
    } else if (char === '%' && following === 's') {
      if (text) parts.push({ kind: 'literal', value: text, quoted: true })
      text = ''
      parts.push(...(args[next]?.parts ?? []))
      next += 1
      i += 1
    } else if (char === '%') return null
    else if (char === '\\' && following === 'n') {
      text += '\n'
      i += 1
    } else text += char
  }
  if (text) parts.push({ kind: 'literal', value: text, quoted: true })
  return { parts, raw: words.map((word) => word.raw).join(' ') }
}

/** Reads every write to `…/config.json` in a job's commands. */
export function readAuthWrites(
  commands: readonly SimpleCommand[],
  originOf: (offset: number) => Origin,
): AuthWrite[] {
  const writes: AuthWrite[] = []
  // What `"$1"` holds: the generator keeps DOCKER_AUTH_CONFIG's text there (`set -- "${VAR}"`, or
  // `set -- "$(cat "${VAR}")"` for a File variable) before it copies or merges it into config.json.
  let first: Pick<AuthWrite, 'form' | 'from'> | null = null
  for (const command of commands) {
    const origin = originOf(command.offset)
    if (programName(command) === 'set' && command.words[1] && wordText(command.words[1]) === '--') {
      first = positionalSource(command.words.slice(2), first)
      continue
    }
    const base = {
      ...origin,
      conditional: command.conditional,
      credsStore: null,
      credHelpers: {},
      quotesLost: false,
    }
    if (programName(command) === 'cp' || programName(command) === 'mv') {
      const operands = command.words.slice(1).filter((word) => !wordText(word).startsWith('-'))
      const target = operands.at(-1)
      if (target && isConfigJson(wordText(target)) && operands[0]) {
        writes.push({ ...base, form: 'file-copy', from: wordText(operands[0]), append: false, entries: [] })
      }
      continue
    }
    for (const redirect of command.redirects) {
      if (
        (redirect.op !== '>' && redirect.op !== '>>' && redirect.op !== '>|') ||
        !isConfigJson(wordText(redirect.target))
      )
        continue
      const append = redirect.op === '>>'
      const decoded = base64Source(command)
      if (decoded) {
        writes.push({ ...base, form: 'variable-copy', from: `${decoded} (base64)`, append, entries: [] })
        continue
      }
      const content = writtenContent(command)
      if (!content) {
        writes.push({ ...base, form: 'unreadable', from: programName(command), append, entries: [] })
        continue
      }
      const nonBlank = content.parts.filter((part) => part.kind !== 'literal' || part.value.trim() !== '')
      const only = nonBlank.length === 1 ? nonBlank[0] : undefined
      const [lead, ...rest] = content.parts
      if (first && lead && isFirstPositional(lead)) {
        // `printf '%s\n' "$1"` copies the document as it is; `printf '%s"auths":{…}}\n' "$1" …` is
        // the copied document (its closing brace cut) and our entries.
        const merged = rest.some((part) => part.kind !== 'literal' || part.value.trim() !== '')
        writes.push({ ...base, ...first, append, entries: [], merged })
        if (merged)
          writes.push(
            readJson(
              { parts: [{ kind: 'literal', value: '{', quoted: true }, ...rest], raw: content.raw },
              base,
              append,
            ),
          )
        continue
      }
      if (only?.kind === 'param') {
        writes.push({ ...base, form: 'variable-copy', from: only.raw, append, entries: [] })
        continue
      }
      if (
        only?.kind === 'command' &&
        only.commands.length === 1 &&
        programName(only.commands[0] as SimpleCommand) === 'cat'
      ) {
        const file = (only.commands[0] as SimpleCommand).words[1]
        writes.push({
          ...base,
          form: 'file-copy',
          from: file ? wordText(file) : only.raw,
          append,
          entries: [],
        })
        continue
      }
      writes.push(readJson(content, base, append))
    }
  }
  return writes
}

const isFirstPositional = (part: WordPart): boolean => part.kind === 'param' && part.name === '1'

/**
 * What `set -- WORD…` leaves in `$1` as a copy source: a variable's text, or a file `cat` reads. A
 * word built from `$1` itself (`"${1%\}*}"`, `"$1,"`) keeps the source; anything else forgets it.
 */
function positionalSource(
  words: readonly Word[],
  previous: Pick<AuthWrite, 'form' | 'from'> | null,
): Pick<AuthWrite, 'form' | 'from'> | null {
  const [word] = words
  if (!word || words.length !== 1) return null
  if (word.parts.some(isFirstPositional)) return previous
  const [only, ...rest] = word.parts
  if (rest.length > 0 || !only) return null
  if (only.kind === 'param' && /^[A-Za-z_]\w*$/.test(only.name))
    return { form: 'variable-copy', from: only.raw }
  const [cat] = only.kind === 'command' && only.commands.length === 1 ? only.commands : []
  const file = cat && programName(cat) === 'cat' && cat.words.length === 2 ? cat.words[1] : undefined
  if (file?.parts.length === 1 && file.parts[0]?.kind === 'param')
    return { form: 'file-copy', from: wordText(file) }
  return null
}

/** `echo "$AUTH_B64" | base64 -d > config.json`: the variable whose base64 text is decoded. */
function base64Source(command: SimpleCommand): string | null {
  if (programName(command) !== 'base64' || !command.pipedFrom) return null
  const decodes = command.words.slice(1).some((word) => ['-d', '--decode', '-D'].includes(wordText(word)))
  const source = command.pipedFrom
  const name = programName(source)
  const args = source.words.slice(1).filter((word) => !isEchoOption(wordText(word)))
  const only = args.length === 1 ? args[0] : undefined
  const isParam = only?.parts.length === 1 && only.parts[0]?.kind === 'param'
  return decodes && (name === 'echo' || name === 'printf') && only && isParam ? wordText(only) : null
}

function readJson(
  content: { parts: WordPart[]; raw: string },
  base: Omit<AuthWrite, 'form' | 'from' | 'append' | 'entries'>,
  append: boolean,
): AuthWrite {
  const expansions: WordPart[] = []
  const text = content.parts
    .map((part) => {
      if (part.kind === 'literal') return part.value
      expansions.push(part)
      return `${OPEN}${expansions.length - 1}${CLOSE}`
    })
    .join('')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    const quotesLost = countQuotes(content.raw) > countQuotes(text)
    return { ...base, form: 'unreadable', from: null, append, entries: [], quotesLost }
  }
  const expression = (value: unknown): { text: string; parts: WordPart[] } => {
    const parts: WordPart[] = []
    const source = typeof value === 'string' ? value : JSON.stringify(value)
    let rest = source
    for (;;) {
      const start = rest.indexOf(OPEN)
      const end = rest.indexOf(CLOSE, start)
      if (start < 0 || end < 0) break
      if (start > 0) parts.push({ kind: 'literal', value: rest.slice(0, start), quoted: true })
      const expansion = expansions[Number(rest.slice(start + 1, end))]
      if (expansion) parts.push(expansion)
      rest = rest.slice(end + 1)
    }
    if (rest) parts.push({ kind: 'literal', value: rest, quoted: true })
    return { text: parts.map(partText).join(''), parts }
  }
  const root = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>
  const auths = (typeof root.auths === 'object' && root.auths !== null ? root.auths : {}) as Record<
    string,
    unknown
  >
  const entries: AuthEntry[] = Object.entries(auths).map(([key, value]) => {
    const host = expression(key)
    const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
    const auth = fields.auth === undefined ? null : expression(fields.auth)
    const decoded = auth ? decodeAuth(auth.parts) : null
    const username =
      fields.username === undefined ? (decoded?.username ?? null) : expression(fields.username).text
    const password =
      fields.password === undefined ? (decoded?.password ?? null) : expression(fields.password).text
    const form: AuthEntry['form'] = auth
      ? decoded
        ? 'auth'
        : 'auth-value'
      : fields.username !== undefined || fields.password !== undefined
        ? 'username-password'
        : fields.identitytoken !== undefined
          ? 'identitytoken'
          : 'other'
    return {
      path: base.path,
      line: base.line,
      host: host.text,
      hostForm: hostForm(host.parts),
      username,
      usernameIsText: fields.username === undefined && decoded?.usernameIsText === true,
      password,
      form,
      base64Wraps: decoded?.wraps ?? false,
      conditional: base.conditional,
    }
  })
  const credHelpers = (
    typeof root.credHelpers === 'object' && root.credHelpers !== null ? root.credHelpers : {}
  ) as Record<string, unknown>
  return {
    ...base,
    form: 'json',
    from: null,
    append,
    credsStore: typeof root.credsStore === 'string' ? root.credsStore : null,
    credHelpers: Object.fromEntries(
      Object.entries(credHelpers).map(([host, helper]) => [expression(host).text, String(helper)]),
    ),
    entries,
  }
}

function countQuotes(text: string): number {
  let count = 0
  for (const char of text) if (char === '"') count += 1
  return count
}

function hostForm(parts: readonly WordPart[]): AuthEntry['hostForm'] {
  const [only, ...rest] = parts
  if (parts.every((part) => part.kind === 'literal')) return 'literal'
  if (only?.kind === 'param' && rest.length === 0) return 'variable'
  const reference = (part: WordPart) =>
    part.kind === 'param' && (part.raw === `$${part.name}` || part.raw === `\${${part.name}}`)
  if (parts.every((part) => part.kind === 'literal' || reference(part))) return 'text'
  if (
    only?.kind === 'command' &&
    rest.length === 0 &&
    only.commands.some((c) => programName(c) === 'awk' || programName(c) === 'cut')
  ) {
    return 'port-stripped'
  }
  return 'expression'
}

/**
 * `$(printf "%s:%s" "$U" "$P" | base64 | tr -d '\n')` or `$(echo -n "$U:$P" | base64 -w0)`: the user
 * and password expressions, and whether the encoded text can wrap.
 */
function decodeAuth(
  parts: readonly WordPart[],
): { username: string | null; usernameIsText: boolean; password: string | null; wraps: boolean } | null {
  const [only, ...rest] = parts
  if (only?.kind !== 'command' || rest.length) return null
  const pipeline = only.commands
  const base64Index = pipeline.findIndex((command) => programName(command) === 'base64')
  const source = pipeline[base64Index - 1]
  const base64 = pipeline[base64Index]
  if (!base64 || !source) return null
  const base64Args = base64.words.slice(1).map(wordText)
  const noWrap =
    base64Args.some((arg) => arg === '-w0' || arg === '--wrap=0') || base64Args.join(' ').includes('-w 0')
  const stripped = pipeline.slice(base64Index + 1).some((command) => {
    const args = command.words.slice(1).map(wordText)
    return programName(command) === 'tr' && args[0] === '-d' && (args[1] === '\\n' || args[1] === '\n')
  })
  const args = source.words.slice(1).filter((word) => !isEchoOption(wordText(word)))
  let username: string | null = null
  let usernameIsText = false
  let password: string | null = null
  if (programName(source) === 'printf' && args.length >= 3) {
    username = wordText(args[1] as Word)
    usernameIsText = (args[1] as Word).parts.every((part) => part.kind === 'literal')
    password = wordText(args[2] as Word)
  } else if (args.length >= 1) {
    const joined = wordText(args[0] as Word)
    const colon = joined.indexOf(':')
    if (colon >= 0) {
      username = joined.slice(0, colon)
      password = joined.slice(colon + 1)
    }
  }
  return { username, usernameIsText, password, wraps: !noWrap && !stripped }
}
