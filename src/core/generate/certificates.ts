import type { ImageView } from '../config/image-view.ts'
import type { MoreCertificate } from '../config/schema.ts'
import { quoteLiteral, quoteShellText } from '../shell/quote.ts'
import { projectRelativePath } from './artifacts.ts'
import { command, flagWithValue, type ShellCommand } from './command.ts'

/** Where the pasted PEM is written in pem mode, so `--registry-certificate` can point at it. */
export const PASTED_CA_PATH = '/kaniko/ssl/certs/custom-ca.crt'
const KANIKO_BUNDLE = '/kaniko/ssl/certs/ca-certificates.crt'
/** The bundle Go reads in the Alpine-based manifest-tool image (and in distroless images). */
export const ALPINE_BUNDLE = '/etc/ssl/certs/ca-certificates.crt'

/**
 * One custom CA: the first (`certificates.source` and its field) or one of `certificates.more`.
 * `value` is a variable name (file-variable, base64-variable), the PEM text (pem) or a path (path).
 * `optional` (the first CA's `onlyWhenSet`) skips a variable that is unset or empty.
 */
interface CustomCa {
  readonly source: MoreCertificate['source']
  readonly value: string
  readonly registry: string
  readonly optional: boolean
  /** 0 for the first CA; its pasted or decoded file is custom-ca.crt, the next custom-ca-2.crt, … */
  readonly index: number
  /** The same CA listed before (source, value and condition): written and appended once, by it. */
  readonly repeated: boolean
}

/** The custom CAs in the order they are appended: the first, then `more`. */
function customCas({ certificates }: ImageView): CustomCa[] {
  if (!certificates.enabled) return []
  const firstValue = {
    'file-variable': certificates.fileVariable,
    pem: certificates.pem,
    'base64-variable': certificates.base64Variable,
    path: certificates.path,
  }[certificates.source]
  const listed = [
    {
      source: certificates.source,
      value: firstValue,
      registry: certificates.registry,
      optional: certificates.onlyWhenSet && isVariable(certificates.source),
    },
    ...certificates.more.map((ca) => ({ ...ca, optional: false })),
  ]
  // A CA listed again (for another registry) is the first one's file: its --registry-certificate
  // names that file, and the bundle gets the CA once.
  return listed.map((ca, i) => {
    const first = listed.findIndex(
      (o) => o.source === ca.source && o.value === ca.value && o.optional === ca.optional,
    )
    return { ...ca, index: first, repeated: first < i }
  })
}

function isVariable(source: CustomCa['source']): boolean {
  return source === 'file-variable' || source === 'base64-variable'
}

/** The file kaniko's job writes a pasted or decoded CA to (`--registry-certificate` names it). */
function writtenCaPath(index: number): string {
  return index === 0 ? PASTED_CA_PATH : `/kaniko/ssl/certs/custom-ca-${index + 1}.crt`
}

/**
 * Appends the custom CAs to the bundle, in order (never replaces it: the public CAs must stay
 * trusted). Pasted and decoded CAs are written to files of their own first (kaniko), so that
 * `--registry-certificate` can name them. Several CAs are appended by one group with a line break
 * between them: a File variable or a decoded value need not end with one, and a PEM glued to the
 * previous END line is lost.
 */
export function certificateLines(
  config: ImageView,
  target: 'kaniko' | 'alpine',
  /** The image's own bundle by default; the release job appends to a copy (release-job.ts). */
  bundle = target === 'kaniko' ? KANIKO_BUNDLE : ALPINE_BUNDLE,
): ShellCommand[] {
  const cas = customCas(config).filter((ca) => !ca.repeated)
  const parts = cas.flatMap((ca) => {
    const words = target === 'kaniko' ? kanikoCaOutput(ca) : alpineCaOutput(ca)
    return words === null ? [] : [{ ca, words }]
  })
  const files = target === 'kaniko' ? cas.flatMap(kanikoCaFile) : []
  if (parts.length === 0) return files
  if (parts.length === 1 && parts[0]) {
    const { ca, words } = parts[0]
    return [...files, guarded(ca, [...words, '>>', bundle])]
  }
  // The line break follows each CA but the last, inside its guard: a skipped optional CA adds no
  // empty line (only the first CA can be optional, so the last one always prints).
  const group = parts.flatMap(({ ca, words }, i) =>
    guardedWords(ca, i === parts.length - 1 ? words : [...ended(words), 'echo']),
  )
  return [...files, command('{', ...group, '}', '>>', bundle)]
}

/** The words with `;` after the last one. */
const ended = (words: readonly string[]): string[] => [...words.slice(0, -1), `${words.at(-1)};`]

/** `words` run only when the CA's variable is set and not empty (`optional`), else always. */
function guarded(ca: CustomCa, words: string[]): ShellCommand {
  if (!ca.optional) return command(...words)
  return command(...guardedWords(ca, words).slice(0, -1).concat(['fi']))
}

/**
 * `words;` or, for an optional CA, `if [ -n "${VAR:-}" ]; then words; fi;`: a pipeline shared by
 * projects with and without a private CA skips it where the variable is unset.
 */
function guardedWords(ca: CustomCa, words: string[]): string[] {
  if (!ca.optional) return ended(words)
  return ['if', '[', '-n', `"\${${ca.value}:-}"`, '];', 'then', ...ended(words), 'fi;']
}

/** The line writing a pasted or decoded CA to its own file, so `--registry-certificate` can name it. */
function kanikoCaFile(ca: CustomCa): ShellCommand[] {
  const file = writtenCaPath(ca.index)
  if (ca.source === 'pem') return [command('printf', "'%s\\n'", quoteLiteral(ca.value.trim()), '>', file)]
  // Under the runner's pipefail a value that is not base64 stops the job here.
  if (ca.source === 'base64-variable')
    return [guarded(ca, ['printf', "'%s'", `"\${${ca.value}}"`, '|', 'base64', '-d', '>', file])]
  return []
}

/** The command printing a CA for kaniko's bundle. */
function kanikoCaOutput(ca: CustomCa): string[] {
  switch (ca.source) {
    case 'file-variable':
      return ['cat', quoteShellText(`\${${ca.value}}`)]
    case 'path':
      return ['cat', quoteShellText(ca.value)]
    default:
      return ['cat', writtenCaPath(ca.index)]
  }
}

/** The command printing a CA for Alpine's bundle; null for a path outside the project. */
function alpineCaOutput(ca: CustomCa): string[] | null {
  switch (ca.source) {
    case 'file-variable':
      return ['cat', quoteShellText(`\${${ca.value}}`)]
    case 'path':
      // The manifest job has the repository, not the kaniko image: only a path inside the project.
      return projectRelativePath(ca.value) === null ? null : ['cat', quoteShellText(ca.value)]
    case 'pem':
      return ['printf', "'%s\\n'", quoteLiteral(ca.value.trim())]
    case 'base64-variable':
      return ['printf', "'%s'", `"\${${ca.value}}"`, '|', 'base64', '-d']
  }
}

/** The file a CA's `--registry-certificate` names: its variable, its path, or the file written for it. */
function registryCertificateFile(ca: CustomCa): string | { literal: string } {
  if (ca.source === 'file-variable') return `\${${ca.value}}`
  if (ca.source === 'path') return ca.value
  return { literal: writtenCaPath(ca.index) }
}

/**
 * For each CA, the first then `certificates.more` in order, the file its `--registry-certificate`
 * names (as shell text), whether or not it has a registry. None when the CA block is off.
 */
export function registryCertificateFiles(config: ImageView): string[] {
  return customCas(config).map((ca) => {
    const file = registryCertificateFile(ca)
    return typeof file === 'string' ? file : file.literal
  })
}

/** `--registry-certificate host=path` for each CA that names the registry it signs. */
export function registryCertificateArgs(config: ImageView): string[][] {
  return customCas(config).flatMap((ca): string[][] => {
    if (ca.registry === '') return []
    const value = quoteShellText(ca.registry, '=', registryCertificateFile(ca))
    const words = flagWithValue('--registry-certificate', value)
    if (!ca.optional) return [words]
    // Both words vanish when the variable is unset or empty; the value keeps its quotes inside ${…:+…}.
    // A value starting with `-` is joined to its flag, as everywhere (flagWithValue).
    return [words.map((word) => `\${${ca.value}:+${word}}`)]
  })
}
