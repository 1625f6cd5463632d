import type { ImageView } from '../config/image-view.ts'
import { quoteLiteral, quoteShellText } from '../shell/quote.ts'
import { command, type ShellCommand } from './command.ts'

/** Where the pasted PEM is written in pem mode, so `--registry-certificate` can point at it. */
export const PASTED_CA_PATH = '/kaniko/ssl/certs/custom-ca.crt'
const KANIKO_BUNDLE = '/kaniko/ssl/certs/ca-certificates.crt'
/** The bundle Go reads in the Alpine-based manifest-tool image. */
const ALPINE_BUNDLE = '/etc/ssl/certs/ca-certificates.crt'

/** Appends the custom CA to the bundle (never replaces it: the public CAs must stay trusted). */
export function certificateLines(config: ImageView, target: 'kaniko' | 'alpine'): ShellCommand[] {
  const { certificates } = config
  if (!certificates.enabled) return []
  const bundle = target === 'kaniko' ? KANIKO_BUNDLE : ALPINE_BUNDLE
  if (certificates.source === 'file-variable') {
    const name = certificates.fileVariable
    const append = ['cat', quoteShellText(`\${${name}}`), '>>', bundle]
    if (!certificates.onlyWhenSet) return [command(...append)]
    // A pipeline shared by projects with and without a private CA: skip it where the variable is unset.
    return [
      command('if', '[', '-n', `"\${${name}:-}"`, '];', 'then', ...append.slice(0, -1), `${bundle};`, 'fi'),
    ]
  }
  const pem = quoteLiteral(certificates.pem.trim())
  if (target === 'alpine') return [command('printf', "'%s\\n'", pem, '>>', bundle)]
  return [
    command('printf', "'%s\\n'", pem, '>', PASTED_CA_PATH),
    command('cat', PASTED_CA_PATH, '>>', bundle),
  ]
}

/** `--registry-certificate host=path` for the one registry signed by the custom CA. */
export function registryCertificateArgs(config: ImageView): string[][] {
  const { certificates } = config
  if (!certificates.enabled || certificates.registry === '') return []
  if (certificates.source === 'pem') {
    return [['--registry-certificate', quoteShellText(certificates.registry, '=', PASTED_CA_PATH)]]
  }
  const name = certificates.fileVariable
  const value = quoteShellText(certificates.registry, '=', `\${${name}}`)
  if (!certificates.onlyWhenSet) return [['--registry-certificate', value]]
  // Both words vanish when the variable is unset or empty; the value keeps its quotes inside ${…:+…}.
  return [[`\${${name}:+--registry-certificate}`, `\${${name}:+${value}}`]]
}
