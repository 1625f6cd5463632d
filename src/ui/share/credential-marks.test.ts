import { describe, expect, it } from 'vitest'
import { FIVE_IMAGE_CONFIG } from '../../../scripts/bench/five-images.ts'
import type { Config } from '../../core/config/schema.ts'
import { findCredentialLikeValues } from '../../core/config/secrets.ts'
import { setIn } from '../state/paths.ts'
import { credentialMarks } from './credential-marks.ts'

const GLPAT = `glpat-${'Ab3dE6gH9jK2mN5pQ8sT'}`

/** What the marks say, from a scan of the whole config at once. */
const expected = (config: Config) => findCredentialLikeValues(config).map((f) => [f.path, f.kind])
const shown = (config: Config) => {
  const kinds = new Map(findCredentialLikeValues(config).map((f) => [f.path, f.kind]))
  return credentialMarks(config, 'en').map((m) => [m.path, kinds.get(m.path)])
}

describe('credentialMarks, part by part', () => {
  it('marks what a scan of the whole config finds, in its order, while the parts change', () => {
    let config: Config = FIVE_IMAGE_CONFIG
    const edits: [(string | number)[], unknown][] = [
      [['proxy', 'http'], `http://user:${GLPAT}@proxy:3128`],
      [['images', 2, 'buildArgs', 0, 'value'], GLPAT],
      [['images', 4, 'context'], `\${CI_PROJECT_DIR}/services/gateway`],
      [['images', 2, 'buildArgs', 0, 'value'], 'scheduler'],
      [['images'], FIVE_IMAGE_CONFIG.images.slice(1)],
    ]
    expect(credentialMarks(config, 'en')).toEqual([])
    const counts: number[] = []
    for (const [path, value] of edits) {
      config = setIn(config, path, value)
      expect(shown(config), path.join('.')).toEqual(expected(config))
      counts.push(shown(config).length)
    }
    expect(counts).toEqual([1, 2, 2, 1, 1])
    expect(credentialMarks(config, 'en').map((m) => m.path)).toEqual(['proxy.http'])
  })
})
