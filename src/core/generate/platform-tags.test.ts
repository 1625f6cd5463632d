import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PLATFORMS, platformParts } from '../catalog/platforms.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { generate } from './document.ts'

/** manifest-tool's own algorithm, written the way its Go source does it: strings.Replace(…, 1) per placeholder. */
function manifestToolReplace(template: string, platform: string): string {
  const [os = '', arch = '', variant = ''] = platform.split('/')
  const replaceOnce = (s: string, from: string, to: string) => {
    const i = s.indexOf(from)
    return i < 0 ? s : s.slice(0, i) + to + s.slice(i + from.length)
  }
  return replaceOnce(replaceOnce(replaceOnce(template, 'ARCH', arch), 'OS', os), 'VARIANT', variant)
}

type Job = { script: string[]; needs?: string[]; tags?: string[] }

describe('multi-arch tags', () => {
  for (const suffix of ['-ARCHVARIANT', '-OS-ARCH-VARIANT', '_ARCHVARIANT_build']) {
    it(`agree between kaniko and manifest-tool for every platform (suffix ${suffix})`, () => {
      const config = parseConfigOrThrow({
        multiArch: {
          enabled: true,
          tagSuffix: suffix,
          platforms: PLATFORMS.map((platform) => ({ platform })),
        },
        destinations: [{ repository: 'registry.example.com/group/app', tags: ['v1.2.3'] }],
      })
      const pipeline = parse(generate(config)) as Record<string, Job>
      const manifest = pipeline.manifest
      const command = manifest?.script[0] ?? ''
      const template = /--template (\S+)/.exec(command)?.[1] ?? ''
      expect(template).toBe(`registry.example.com/group/app:v1.2.3${suffix}`)
      expect(/--platforms (\S+)/.exec(command)?.[1]).toBe(PLATFORMS.join(','))
      const pushed = new Set<string>()
      for (const platform of PLATFORMS) {
        const { architecture, variant } = platformParts(platform)
        const job = pipeline[`build-${architecture}${variant}`]
        const destination = /--destination (\S+)/.exec(job?.script[0] ?? '')?.[1]
        expect(destination).toBe(manifestToolReplace(template, platform))
        pushed.add(destination ?? '')
      }
      // Each platform pushes its own tag; a collision would overwrite an architecture.
      expect(pushed.size).toBe(PLATFORMS.length)
      expect(manifest?.needs).toEqual(
        PLATFORMS.map((p) => `build-${platformParts(p).architecture}${platformParts(p).variant}`),
      )
    })
  }

  it('puts each build job on its platform’s runner tags', () => {
    const config = parseConfigOrThrow({ multiArch: { enabled: true } })
    const pipeline = parse(generate(config)) as Record<string, Job>
    expect(pipeline['build-amd64']?.tags).toEqual(['saas-linux-small-amd64'])
    expect(pipeline['build-arm64']?.tags).toEqual(['saas-linux-small-arm64'])
    expect(pipeline.build).toBeUndefined()
  })
})
