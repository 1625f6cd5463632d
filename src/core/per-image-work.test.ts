import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FIVE_IMAGE_CONFIG } from '../../scripts/bench/five-images.ts'
import { keepUnchanged } from '../ui/state/keep-unchanged.ts'
import { setIn } from '../ui/state/paths.ts'
import type { ImageView } from './config/image-view.ts'
import { parseConfigOrThrow } from './config/parse.ts'
import type { Config } from './config/schema.ts'
import { diagnose } from './diagnostics/engine.ts'
import { generate } from './generate/index.ts'

// Issue 15 item 4: a keystroke in one image redoes that image's work only. Each image's jobs are
// built by imageJobs and its findings start from createContext: both are counted per image.
const calls = vi.hoisted(() => ({ jobs: [] as number[], checks: [] as number[] }))

vi.mock('./generate/jobs.ts', async (original) => {
  const module = await original<typeof import('./generate/jobs.ts')>()
  return {
    ...module,
    imageJobs: (view: ImageView) => {
      calls.jobs.push(view.imageIndex)
      return module.imageJobs(view)
    },
  }
})
vi.mock('./diagnostics/context.ts', async (original) => {
  const module = await original<typeof import('./diagnostics/context.ts')>()
  return {
    ...module,
    createContext: (view: ImageView, addsErrors: (changed: ImageView) => boolean) => {
      calls.checks.push(view.imageIndex)
      return module.createContext(view, addsErrors)
    },
  }
})

/** A keystroke as the page's store makes it: parsed, then what did not change kept. */
const typed = (config: Config, path: (string | number)[], value: unknown): Config =>
  keepUnchanged(config, parseConfigOrThrow(setIn(config, path, value)))

const fresh = (config: Config): Config => parseConfigOrThrow(structuredClone(config))

describe('per-image work', () => {
  beforeEach(() => {
    calls.jobs.length = 0
    calls.checks.length = 0
  })

  it('typing into image 3 builds and checks image 3 only, with the same output as from scratch', () => {
    let config = fresh(FIVE_IMAGE_CONFIG)
    generate(config)
    diagnose(config)
    expect(new Set(calls.jobs)).toEqual(new Set([0, 1, 2, 3, 4]))
    for (const name of ['schedulerx', 'schedulerxy', 'schedulerx']) {
      calls.jobs.length = 0
      calls.checks.length = 0
      config = typed(config, ['images', 3, 'name'], name)
      const yaml = generate(config)
      const findings = diagnose(config)
      expect(new Set(calls.jobs)).toEqual(new Set([3]))
      expect(new Set(calls.checks)).toEqual(new Set([3]))
      // Byte-identical to a config that shares nothing with the previous ones.
      expect(yaml).toBe(generate(fresh(config)))
      expect(JSON.stringify(findings)).toBe(JSON.stringify(diagnose(fresh(config))))
    }
  })

  it('a shared setting changes every image’s work', () => {
    const config = fresh(FIVE_IMAGE_CONFIG)
    generate(config)
    diagnose(config)
    calls.jobs.length = 0
    calls.checks.length = 0
    const changed = typed(config, ['advanced', 'verbosity'], 'debug')
    expect(generate(changed)).toBe(generate(fresh(changed)))
    diagnose(changed)
    expect(new Set(calls.jobs)).toEqual(new Set([0, 1, 2, 3, 4]))
    expect(new Set(calls.checks)).toEqual(new Set([0, 1, 2, 3, 4]))
  })
})
