import type { Config } from '../config/schema.ts'
import { quoteLiteral, quoteShellText } from '../shell/quote.ts'
import { command, type ShellCommand } from './command.ts'

/** Where the pasted PEM is written in pem mode, so `--registry-certificate` can point at it. */
export const PASTED_CA_PATH = '/kaniko/ssl/certs/custom-ca.crt'
const KANIKO_BUNDLE = '/kaniko/ssl/certs/ca-certificates.crt'
/** The bundle Go reads in the Alpine-based manifest-tool image. */
const ALPINE_BUNDLE = '/etc/ssl/certs/ca-certificates.crt'

/** Appends the custom CA to the bundle (never replaces it: the public CAs must stay trusted). */
export function certificateLines(config: Config, target: 'kaniko' | 'alpine'): ShellCommand[] {
  const { certificates } = config
  if (!certificates.enabled) return []
  const bundle = target === 'kaniko' ? KANIKO_BUNDLE : ALPINE_BUNDLE
  if (certificates.source === 'file-variable') {
    return [command('cat', quoteShellText(`\${${certificates.fileVariable}}`), '>>', bundle)]
  }
  const pem = quoteLiteral(certificates.pem.trim())
  if (target === 'alpine') return [command('printf', "'%s\\n'", pem, '>>', bundle)]
  return [
    command('printf', "'%s\\n'", pem, '>', PASTED_CA_PATH),
    command('cat', PASTED_CA_PATH, '>>', bundle),
  ]
}

/** `--registry-certificate host=path` for the one registry signed by the custom CA. */
export function registryCertificateArgs(config: Config): string[][] {
  const { certificates } = config
  if (!certificates.enabled || certificates.registry === '') return []
  const path = certificates.source === 'file-variable' ? `\${${certificates.fileVariable}}` : PASTED_CA_PATH
  return [['--registry-certificate', quoteShellText(certificates.registry, '=', path)]]
}
