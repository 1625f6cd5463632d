import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryConfig } from '../../testing/arbitraries.ts'
import { arbitraryConfigV2 } from '../../testing/arbitraries-v2.ts'
import { presetConfig } from '../config/presets.ts'
import type { Config } from '../config/schema.ts'
import { generate } from './document.ts'
import { reusingGenerate } from './reuse.ts'

const RUNS = Number(process.env.KANIKOCONFIG_PROOF_RUNS ?? 150)
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }

/** What generate writes, or the message it throws. */
function outcome(write: () => string): string {
  try {
    return write()
  } catch (error) {
    return `throws: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** A key typed into one image: that image is a new object, everything else keeps its identity. */
function typed(config: Config, index: number, text: string): Config {
  const images = config.images.map((image, i) =>
    i === index ? { ...image, name: `${image.name}${text}` } : image,
  )
  return { ...config, images }
}

describe('reusingGenerate: byte-identical to writing the whole document', () => {
  it('for a sequence of random configs, jobs only or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(arbitraryConfigV2, arbitraryConfig), fc.boolean()), {
          minLength: 1,
          maxLength: 4,
        }),
        (steps) => {
          const write = reusingGenerate()
          for (const [config, jobOnly] of steps)
            expect(outcome(() => write(config, { jobOnly }))).toBe(
              outcome(() => generate(config, { jobOnly })),
            )
        },
      ),
      { numRuns: RUNS, ...SEED },
    )
  })

  it('while typing into one image of a random config, and after a change to every job', () => {
    fc.assert(
      fc.property(
        arbitraryConfigV2,
        fc.nat(),
        fc.array(fc.constantFrom('a', 'b', '-', '1'), { minLength: 1, maxLength: 6 }),
        (config, at, keys) => {
          const write = reusingGenerate()
          const index = at % config.images.length
          let current = config
          expect(write(current)).toBe(generate(current))
          for (const key of keys) {
            current = typed(current, index, key)
            expect(outcome(() => write(current))).toBe(outcome(() => generate(current)))
          }
          const comments = { ...current, output: { ...current.output, comments: !current.output.comments } }
          expect(outcome(() => write(comments))).toBe(outcome(() => generate(comments)))
          const header = { ...current, output: { ...current.output, header: !current.output.header } }
          expect(outcome(() => write(header))).toBe(outcome(() => generate(header)))
        },
      ),
      { numRuns: RUNS, ...SEED },
    )
  })

  it('writes a job again only when it changed (a key in image 2 leaves image 1’s text alone)', () => {
    const config = presetConfig('kitchen-sink')
    const write = reusingGenerate()
    write(config)
    expect(write.written.length).toBeGreaterThan(3)
    const next = typed(config, 1, 'x')
    expect(write(next)).toBe(generate(next))
    // Image 2's build job only: not stages, not image 1 or 3, not the template.
    expect(write.written).toEqual([next.images[1]?.name])
    expect(write(next)).toBe(generate(next))
    expect(write.written).toEqual([])
  })

  it('throws as generate does when two entries share a name', () => {
    const config = presetConfig('kitchen-sink')
    const clash = typed(config, 1, '')
    const named = {
      ...clash,
      images: clash.images.map((image) => ({ ...image, name: 'same' })),
    }
    const write = reusingGenerate()
    write(config)
    expect(outcome(() => write(named))).toMatch(/^throws: /)
    expect(outcome(() => write(named))).toBe(outcome(() => generate(named)))
  })
})
