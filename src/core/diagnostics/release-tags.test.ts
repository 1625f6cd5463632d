import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../config/parse.ts'
import { diagnose } from './engine.ts'

/** KC240: the retag job's tags are crane's positional arguments (a `-x` would be read as an option). */
describe('KC240 release-invalid-tag', () => {
  const release = (patch: object) =>
    parseConfigOrThrow({ version: 2, images: [{}], release: { enabled: true, ...patch } })

  it('names each invalid tag, from-tag included, and its fix repairs it', () => {
    const config = release({ fromTag: '-sha', toTags: ['${CI_COMMIT_TAG}', 'two words'] })
    const found = diagnose(config).filter((f) => f.code === 'KC240')
    expect(found.map((f) => f.fields)).toEqual([['release.fromTag'], ['release.toTags[1]']])
    const fixed = found.reduce((c, f) => f.fix?.apply(c) ?? c, config)
    expect(fixed.release.fromTag).toBe('sha')
    expect(fixed.release.toTags).toEqual(['${CI_COMMIT_TAG}', 'two-words'])
    expect(diagnose(fixed).filter((f) => f.code === 'KC240')).toEqual([])
  })

  it('says nothing while the retag job is off, or for tags built from variables', () => {
    expect(
      diagnose(parseConfigOrThrow({ version: 2, images: [{}], release: { toTags: ['-x'] } })).map(
        (f) => f.code,
      ),
    ).not.toContain('KC240')
    const variables = release({ fromTag: '${CI_COMMIT_SHORT_SHA}', toTags: ['v${CI_COMMIT_TAG}', 'latest'] })
    expect(diagnose(variables).map((f) => f.code)).not.toContain('KC240')
  })
})
