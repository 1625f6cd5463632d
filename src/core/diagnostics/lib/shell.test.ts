import { describe, expect, it } from 'vitest'
import {
  bracedReferences,
  expandWith,
  literalText,
  mapLiterals,
  refersTo,
  renameReferences,
} from './shell.ts'

describe('shell text helpers', () => {
  const text = 'Pre-${CI_COMMIT_REF_NAME}-$CI_COMMIT_BRANCH/X'

  it('separates literal characters from references', () => {
    expect(literalText(text)).toBe('Pre--/X')
    expect(expandWith(text, (name) => name.length.toString())).toBe('Pre-18-16/X')
  })

  it('changes literal parts and keeps references as written', () => {
    expect(mapLiterals(text, (s) => s.toLowerCase())).toBe('pre-${CI_COMMIT_REF_NAME}-$CI_COMMIT_BRANCH/x')
  })

  it('renames references in the same style', () => {
    expect(renameReferences(text, ['CI_COMMIT_REF_NAME', 'CI_COMMIT_BRANCH'], 'CI_COMMIT_REF_SLUG')).toBe(
      'Pre-${CI_COMMIT_REF_SLUG}-$CI_COMMIT_REF_SLUG/X',
    )
  })

  it('finds references, not look-alike text', () => {
    expect(refersTo(text, ['CI_COMMIT_BRANCH'])).toBe(true)
    expect(refersTo('CI_COMMIT_TAG', ['CI_COMMIT_TAG'])).toBe(false)
    expect(refersTo('$CI_COMMIT_TAGS', ['CI_COMMIT_TAG'])).toBe(false)
  })

  it('spells every reference ${NAME}, so $X and ${X} compare equal and $XY stays another variable', () => {
    expect(bracedReferences(text)).toBe('Pre-${CI_COMMIT_REF_NAME}-${CI_COMMIT_BRANCH}/X')
    expect(bracedReferences('$X')).toBe(bracedReferences('${X}'))
    expect(bracedReferences('$XY')).toBe('${XY}')
    expect(bracedReferences('$XY')).not.toBe(bracedReferences('${X}Y'))
    expect(bracedReferences('a$-$')).toBe('a$-$')
  })
})
