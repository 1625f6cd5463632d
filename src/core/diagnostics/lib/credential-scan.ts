import type { Config } from '../../config/schema.ts'
import { type CredentialFinding, type CredentialKind, credentialKinds } from '../../config/secrets.ts'

/**
 * findCredentialLikeValues (src/core/config/secrets.ts) with each text's verdict remembered: between
 * two keystrokes almost every value is the same, and the token heuristics are the costliest part of
 * diagnose(). Same walk, same order, same result (a test holds them equal).
 */
const verdicts = new Map<string, readonly CredentialKind[]>()
const MAX_REMEMBERED = 2000
const NONE: readonly CredentialKind[] = []

function kindsOf(text: string): readonly CredentialKind[] {
  if (text === '') return NONE
  let kinds = verdicts.get(text)
  if (!kinds) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear()
    kinds = credentialKinds(text)
    verdicts.set(text, kinds)
  }
  return kinds
}

export function scanCredentials(config: Config): CredentialFinding[] {
  const findings: CredentialFinding[] = []
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      for (const kind of kindsOf(value)) findings.push({ path, kind })
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], `${path}[${i}]`)
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(child, path === '' ? key : `${path}.${key}`)
    }
  }
  visit(config, '')
  return findings
}
