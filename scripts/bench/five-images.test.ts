import { describe, expect, it } from 'vitest'
import { diagnose } from '../../src/core/diagnostics/index.ts'
import { generate } from '../../src/core/generate/index.ts'
import { decodeShareFragment } from '../../src/core/share/codec.ts'
import { FIVE_IMAGE_CONFIG, fiveImageHash } from './five-images.ts'

describe('the bench’s five-image config', () => {
  it('has five images, opens from its link as it is, and has no error finding', () => {
    expect(FIVE_IMAGE_CONFIG.images).toHaveLength(5)
    const decoded = decodeShareFragment(fiveImageHash().slice(1))
    expect(decoded.ok && decoded.config).toEqual(FIVE_IMAGE_CONFIG)
    expect(diagnose(FIVE_IMAGE_CONFIG).filter((f) => f.severity === 'error')).toEqual([])
  })

  it('generates every image’s jobs: seven build jobs and two manifest jobs', () => {
    const yaml = generate(FIVE_IMAGE_CONFIG)
    for (const name of [
      'api-amd64',
      'web-arm64',
      'worker',
      'scheduler',
      'gateway',
      'api-manifest',
      'web-manifest',
    ])
      expect(yaml).toContain(`\n${name}:\n`)
  })
})
