import type { ImageView } from '../../config/image-view.ts'
import {
  type CredentialFinding,
  type CredentialKind,
  childContext,
  credentialKinds,
  type ValueContext,
} from '../../config/secrets.ts'

/**
 * findCredentialLikeValues (src/core/config/secrets.ts) with each text's verdict remembered: between
 * two keystrokes almost every value is the same, and the token heuristics are the costliest part of
 * diagnose(). Same walk, same order, same result (a test holds them equal).
 */
const verdicts = new Map<string, readonly CredentialKind[]>()
const MAX_REMEMBERED = 2000
const NONE: readonly CredentialKind[] = []

function kindsOf(text: string, context: ValueContext): readonly CredentialKind[] {
  if (text === '') return NONE
  // A value's verdict depends on the name it is given to (DB_PASSWORD=…).
  const key = context.name === undefined ? text : `${context.name}\u0000${text}`
  let kinds = verdicts.get(key)
  if (!kinds) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear()
    kinds = credentialKinds(text, context)
    verdicts.set(key, kinds)
  }
  return kinds
}

export function scanCredentials(config: ImageView): CredentialFinding[] {
  const findings: CredentialFinding[] = []
  /** `listKey`: the key of the list holding `value`'s parent, when it is a list item. */
  const visit = (value: unknown, path: string, context: ValueContext, listKey?: string) => {
    if (typeof value === 'string') {
      for (const kind of kindsOf(value, context)) findings.push({ path, kind })
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], `${path}[${i}]`, {}, lastKey(path))
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        visit(child, path === '' ? key : `${path}.${key}`, childContext(listKey, value, key))
      }
    }
  }
  // The view holds the image twice: as the v1-shaped parts (build, destinations…) and as `image`.
  // Only what exists nowhere else is read from `image`, so each value is reported once.
  const { image, imageIndex: _index, ...shaped } = config
  visit(shaped, '', {})
  for (const key of IMAGE_ONLY_KEYS) visit(image[key], `image.${key}`, childContext(undefined, image, key))
  return findings
}

/** Image fields the v1-shaped parts of a view do not repeat. */
const IMAGE_ONLY_KEYS = [
  'cacheRepository',
  'changes',
  'changesCompareTo',
  'exists',
  'needs',
  'variables',
] as const

/** `build.buildArgs` -> `buildArgs`; `a.b[0].c` -> `c`. */
function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1)
}
