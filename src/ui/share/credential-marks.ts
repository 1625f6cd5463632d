import type { Config } from '../../core/config/schema.ts'
import { type CredentialFinding, findCredentialLikeValuesAt, type Key } from '../../core/config/secrets.ts'
import type { Language } from '../../i18n/index.ts'
import type { PathMark } from '../marks/marks.ts'
import { shareText } from './messages.ts'

// Scanned again only where the config changed: a keystroke's draft keeps every other part.
const scanned = new WeakMap<object, { readonly path: string; readonly findings: CredentialFinding[] }>()

function findingsAt(value: unknown, path: readonly Key[]): CredentialFinding[] {
  if (value === null || typeof value !== 'object') return findCredentialLikeValuesAt(value, path)
  const key = path.join('.')
  const last = scanned.get(value)
  if (last?.path === key) return last.findings
  const findings = findCredentialLikeValuesAt(value, path)
  scanned.set(value, { path: key, findings })
  return findings
}

/** findCredentialLikeValues, part by part: each section, each image. */
function credentialFindings(config: Config): CredentialFinding[] {
  return Object.entries(config).flatMap(([key, value]) =>
    key === 'images' && Array.isArray(value)
      ? value.flatMap((image, i) => findingsAt(image, ['images', i]))
      : findingsAt(value, [key]),
  )
}

/** A warning at each field whose value looks like a credential (the codec leaves it out of links). */
export function credentialMarks(config: Config, language: Language): PathMark[] {
  const text = shareText(language)
  return credentialFindings(config).map((finding) => ({
    path: finding.path,
    severity: 'warning',
    label: text('credential.label'),
    text: text(`credential.${finding.kind}`),
  }))
}
