import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryConfigV2 } from '../../testing/arbitraries-v2.ts'
import { parseConfig } from './parse.ts'
import { parseEdit } from './parse-edit.ts'
import { presetConfig } from './presets.ts'
import type { Config } from './schema.ts'

const RUNS = Number(process.env.KANIKOCONFIG_PROOF_RUNS ?? 150)
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }

type Path = readonly (string | number)[]

/** Every path into a value: objects' keys and lists' indices, leaves and branches. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at]
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [
    at,
    ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...at, key])),
  ]
}

function getIn(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value)
}

/** The store's setIn: a copy with the value at `path` replaced, every other branch kept. */
function setIn(root: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  const container = root as Record<string | number, unknown>
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<
    string | number,
    unknown
  >
  copy[head] = setIn(container[head], rest, value)
  return copy
}

/** A new value like the one typed or chosen in the form, or one of another kind. */
function editValue(old: unknown, pick: number, text: string): unknown {
  const other = [text, pick, pick % 2 === 0, null, [], {}, Number.NaN][pick % 7]
  if (pick % 5 === 0) return other
  if (typeof old === 'string') return pick % 3 === 0 ? text : `${old}${text}`
  if (typeof old === 'number') return (pick % 11) - 2
  if (typeof old === 'boolean') return !old
  if (Array.isArray(old)) return pick % 2 === 0 ? old.slice(1) : [...old, old[0]]
  return other
}

describe('parseEdit: what parseConfig returns for the draft after one edit', () => {
  it('for random edits of random configs, as the store makes them one after another', () => {
    fc.assert(
      fc.property(
        arbitraryConfigV2,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }),
        (config, edits) => {
          let draft: unknown = config
          let valid: Config | undefined = config
          for (const [where, pick, text] of edits) {
            const paths = pathsOf(draft).filter((p) => p.length > 0)
            const path = paths[where % paths.length] as Path
            draft = setIn(draft, path, editValue(getIn(draft, path), pick, text))
            const expected = parseConfig(draft)
            const result: ReturnType<typeof parseConfig> = valid
              ? parseEdit(valid, draft, path)
              : parseConfig(draft)
            expect(result).toEqual(expected)
            valid = result.ok ? result.config : undefined
          }
        },
      ),
      { numRuns: RUNS, ...SEED },
    )
  })

  it('validates only the image typed into, keeping the other parts as they were', () => {
    const config = presetConfig('kitchen-sink')
    const draft = setIn(config, ['images', 1, 'name'], 'renamed') as Config
    const result = parseEdit(config, draft, ['images', 1, 'name'])
    expect(result).toEqual(parseConfig(draft))
    if (!result.ok) throw new Error('the edit is valid')
    expect(result.config.images[0]).toBe(config.images[0])
    expect(result.config.images[1]).not.toBe(draft.images[1])
    expect(result.config.pipeline).toBe(config.pipeline)
  })

  it('reports the issues parseConfig reports: an invalid value, a name another job has', () => {
    const config = presetConfig('kitchen-sink')
    const empty = setIn(config, ['images', 0, 'name'], '')
    expect(parseEdit(config, empty, ['images', 0, 'name'])).toEqual(parseConfig(empty))
    expect(parseConfig(empty).ok).toBe(false)
    // Two single-architecture images: the same name is the same build job.
    const [a, b] = config.images.flatMap((image, i) => (image.multiArch.enabled ? [] : [i]))
    if (a === undefined || b === undefined) throw new Error('kitchen-sink has two single-arch images')
    const clash = setIn(config, ['images', a, 'name'], config.images[b]?.name)
    expect(parseEdit(config, clash, ['images', a, 'name'])).toEqual(parseConfig(clash))
    expect(parseConfig(clash).ok).toBe(false)
  })
})
