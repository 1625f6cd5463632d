import type { Config } from '../../core/config/schema.ts'
import { findCredentialLikeValues } from '../../core/config/secrets.ts'
import type { Language } from '../../i18n/index.ts'
import type { PathMark } from '../marks/marks.ts'
import { shareText } from './messages.ts'

/** A warning at each field whose value looks like a credential (the codec leaves it out of links). */
export function credentialMarks(config: Config, language: Language): PathMark[] {
  const text = shareText(language)
  return findCredentialLikeValues(config).map((finding) => ({
    path: finding.path,
    severity: 'warning',
    label: text('credential.label'),
    text: text(`credential.${finding.kind}`),
  }))
}
