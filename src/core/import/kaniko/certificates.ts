import { partText, wordText } from '../shell/words.ts'
import type { Origin, SimpleCommand } from '../types.ts'
import { isEchoOption, printfOutput } from './auth.ts'
import { programName } from './commands.ts'

/** A CA written into kaniko's trust directory. */
export interface CertificateWrite extends Origin {
  readonly target: string
  /** `append` (`>>`), `overwrite` (`>`, or `cp`/`mv` onto the file). */
  readonly mode: 'append' | 'overwrite'
  readonly source:
    | { readonly kind: 'file-variable'; readonly value: string }
    | { readonly kind: 'variable'; readonly value: string }
    | { readonly kind: 'pem'; readonly value: string }
    | { readonly kind: 'base64-variable'; readonly value: string }
    | { readonly kind: 'path'; readonly value: string }
    | { readonly kind: 'unknown'; readonly value: string }
  readonly conditional: boolean
}

const CERT_DIRECTORY = '/kaniko/ssl/certs/'
/** Commands that print nothing to standard output (a test, a no-op). */
const WRITE_NOTHING = new Set(['[', '[[', 'test', 'true', 'false', ':'])
const isCertTarget = (path: string): boolean =>
  path.startsWith(CERT_DIRECTORY) || path.startsWith('${SSL_CERT_DIR}/') || path.startsWith('$SSL_CERT_DIR/')

/**
 * Where a companion (manifest-tool, crane, skopeo: Alpine or distroless images) trusts a CA: the
 * system's bundle or CA directories, or a certificate file of its own (`*.crt`, `*.pem`: the
 * generated release job appends to a copy of the bundle it points SSL_CERT_FILE at).
 */
const isCompanionCertTarget = (path: string): boolean =>
  isCertTarget(path) ||
  ['/etc/ssl/', '/etc/pki/', '/usr/local/share/ca-certificates/'].some((dir) => path.startsWith(dir)) ||
  /\.(crt|pem)$/.test(path)

/** `…ca-certificates.crt`: the bundle kaniko ships; overwriting it drops every public CA. */
export const isBundle = (path: string): boolean => path.endsWith('/ca-certificates.crt')

/**
 * The CAs a job's commands write where its image trusts them: kaniko's directory for a build job;
 * for a companion, its system's (a copy of the public bundle is no CA of the user's).
 */
export function readCertificateWrites(
  commands: readonly SimpleCommand[],
  originOf: (offset: number) => Origin,
  role: 'kaniko-build' | 'companion' = 'kaniko-build',
): CertificateWrite[] {
  const writes = readWrites(commands, originOf, role === 'companion' ? isCompanionCertTarget : isCertTarget)
  if (role === 'kaniko-build') return writes
  return writes.filter((write) => !(write.source.kind === 'path' && isBundle(write.source.value)))
}

function readWrites(
  commands: readonly SimpleCommand[],
  originOf: (offset: number) => Origin,
  isTarget: (path: string) => boolean,
): CertificateWrite[] {
  const writes: CertificateWrite[] = []
  for (const command of commands) {
    const name = programName(command)
    const base = { ...originOf(command.offset), conditional: command.conditional }
    if (name === 'cp' || name === 'mv' || name === 'install') {
      const operands = command.words.slice(1).filter((word) => !wordText(word).startsWith('-'))
      const target = operands.at(-1)
      if (target && operands.length >= 2 && isTarget(wordText(target))) {
        const from = operands[0] ? wordText(operands[0]) : ''
        const isVariable = (operands[0]?.parts ?? []).some((part) => part.kind === 'param')
        writes.push({
          ...base,
          target: wordText(target),
          mode: 'overwrite',
          source: { kind: isVariable ? 'file-variable' : 'path', value: from },
        })
      }
      continue
    }
    // A bare `echo` between two CAs (`{ cat A; echo; cat B; } >> bundle`) writes only a newline,
    // and an optional CA's test (`{ if [ -n "${X:-}" ]; then cat "${X}"; …; fi; …; } >> bundle`)
    // nothing: the group's redirection is theirs too, but no CA.
    if ((name === 'echo' && command.words.length === 1) || WRITE_NOTHING.has(name)) continue
    for (const redirect of command.redirects) {
      if (redirect.op !== '>' && redirect.op !== '>>') continue
      const target = wordText(redirect.target)
      if (!isTarget(target)) continue
      const mode = redirect.op === '>>' ? 'append' : 'overwrite'
      writes.push({ ...base, target, mode, source: certificateSource(command) })
    }
  }
  return writes
}

function certificateSource(command: SimpleCommand): CertificateWrite['source'] {
  const name = programName(command)
  const args = command.words.slice(1).filter((word) => !isEchoOption(wordText(word)))
  const first = args[0]
  const text = first ? wordText(first) : ''
  const isParam = first?.parts.length === 1 && first.parts[0]?.kind === 'param'
  if (name === 'cat') {
    const heredoc = command.redirects.find((redirect) => redirect.heredoc)?.heredoc
    if (heredoc) return { kind: 'pem', value: wordText(heredoc) }
    return isParam ? { kind: 'file-variable', value: text } : { kind: 'path', value: text }
  }
  if (name === 'base64' && command.pipedFrom) {
    // `echo "$X" | base64 -d`, `printf '%s' "$X" | base64 -d` (the generator's form).
    const source = command.pipedFrom
    const printed =
      programName(source) === 'printf'
        ? printfOutput(source.words.slice(1))?.parts.filter(
            (p) => p.kind !== 'literal' || p.value.trim() !== '',
          )
        : source.words
            .slice(1)
            .filter((word) => !isEchoOption(wordText(word)))
            .flatMap((word) => word.parts)
    const inner = printed?.length === 1 ? printed[0] : undefined
    return { kind: 'base64-variable', value: inner ? partText(inner) : '' }
  }
  if (name === 'printf') {
    // `printf '%s\\n' "$PEM"` (the generator's form) prints its argument.
    const printed = printfOutput(command.words.slice(1))
    const only = printed?.parts.filter((part) => part.kind !== 'literal' || part.value.trim() !== '')
    if (printed && only?.length === 1 && only[0]?.kind === 'param')
      return { kind: 'variable', value: only[0].raw }
    const value = printed?.parts.map(partText).join('').trim() ?? ''
    if (value.includes('-----BEGIN')) return { kind: 'pem', value }
  }
  if (name === 'echo') {
    if (text.includes('-----BEGIN')) return { kind: 'pem', value: text }
    if (isParam) return { kind: 'variable', value: text }
  }
  return { kind: 'unknown', value: command.words.map(wordText).join(' ') }
}
