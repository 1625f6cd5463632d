import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseConfig } from '../core/config/parse.ts'
import { DESTINATION_WHEN, LAYOUTS } from '../core/config/schema.ts'
import { generate } from '../core/generate/index.ts'
import { arbitraryConfigV2, arbitraryConfigV2Input, arbitraryGeneratableConfigV2 } from './arbitraries-v2.ts'

describe('version-2 arbitraries', () => {
  it('are valid without discarding many (the filter only removes cross-field clashes)', () => {
    const inputs = fc.sample(arbitraryConfigV2Input, { numRuns: 300, seed: 7 })
    const refused = inputs
      .map((input) => parseConfig(input))
      .filter((parsed) => !parsed.ok)
      .map((parsed) => (parsed.ok ? '' : (parsed.issues[0]?.path ?? '')))
    expect(refused.length, refused.join(', ')).toBeLessThan(inputs.length * 0.15)
  })

  it('reach the shapes version 2 added', () => {
    const configs = fc.sample(arbitraryConfigV2, { numRuns: 300, seed: 8 })
    const share = (test: (c: (typeof configs)[number]) => boolean) =>
      configs.filter(test).length / configs.length
    expect(share((c) => c.images.length >= 3)).toBeGreaterThan(0.1)
    for (const when of DESTINATION_WHEN) {
      expect(
        share((c) => c.images.some((i) => i.destinations.some((d) => d.when === when))),
        when,
      ).toBeGreaterThan(0.05)
    }
    for (const layout of LAYOUTS)
      expect(
        share((c) => c.pipeline.layout === layout),
        layout,
      ).toBeGreaterThan(0.1)
    expect(
      share((c) => c.images.some((i) => i.destinations.some((d) => d.tags.length === 0))),
    ).toBeGreaterThan(0.1)
    expect(share((c) => c.release.enabled)).toBeGreaterThan(0.2)
    expect(share((c) => c.pipeline.job.needs?.length === 0)).toBeGreaterThan(0.05)
    expect(share((c) => c.pipeline.triggers.manual !== 'off')).toBeGreaterThan(0.2)
    expect(share((c) => c.registries.dockerAuthConfig.source !== 'none')).toBeGreaterThan(0.2)
    expect(share((c) => c.registries.extra.some((r) => r.usernameLiteral !== ''))).toBeGreaterThan(0.1)
    expect(share((c) => c.certificates.more.length > 0)).toBeGreaterThan(0.2)
    expect(share((c) => c.images.some((i) => i.changes.length > 0))).toBeGreaterThan(0.2)
  })

  it('give configs the generator turns into a pipeline with a job per image', () => {
    for (const config of fc.sample(arbitraryGeneratableConfigV2, { numRuns: 60, seed: 9 })) {
      const jobs = Object.keys(parse(generate(config)) as Record<string, unknown>)
      for (const image of config.images) {
        expect(jobs).toContain(image.multiArch.enabled ? image.multiArch.manifestJobName : image.name)
      }
    }
  })
})
