import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { FIVE_IMAGE_CONFIG } from '../../../scripts/bench/five-images.ts'
import { PRESET_NAMES } from '../../core/config/preset-names.ts'
import { presetConfig } from '../../core/config/presets.ts'
import type { Config } from '../../core/config/schema.ts'
import { generate } from '../../core/generate/index.ts'
import { arbitraryGeneratableConfigV2 } from '../../testing/arbitraries-v2.ts'
import { compileSchema } from '../../testing/gitlab-ci-schema.ts'
import { ciSchema } from './ci-schema.ts'

type Node = { description?: string; properties?: Record<string, Node> }

const job = (schema: Record<string, unknown>) => (schema.definitions as { job: Node }).job

describe('ciSchema', () => {
  it('describes every key the generator emits in a job', () => {
    const keys = Object.keys(job(ciSchema('en')).properties ?? {})
    expect(keys.sort()).toEqual([
      'artifacts',
      'before_script',
      'extends',
      'image',
      'interruptible',
      'needs',
      'parallel',
      'resource_group',
      'retry',
      'rules',
      'script',
      'services',
      'stage',
      'tags',
      'timeout',
      'variables',
    ])
  })

  it('carries hover text in the page’s language', () => {
    const en = ciSchema('en')
    const ja = ciSchema('ja')
    expect(job(en).properties?.script?.description).toMatch(/commands of the job/)
    expect(job(ja).properties?.script?.description).toMatch(/ジョブのコマンド/)
    const stages = (s: Record<string, unknown>) => (s.properties as Record<string, Node>).stages?.description
    expect(stages(ja)).toContain('ステージ')
  })

  it('has a description on every job key and is plain JSON', () => {
    const schema = ciSchema('ja')
    for (const [key, node] of Object.entries(job(schema).properties ?? {}))
      expect(node.description, key).toBeTruthy()
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
  })
})

describe('the preview’s schema and the generated pipelines', () => {
  const validate = compileSchema(ciSchema('en'))
  const errorsOf = (config: Config) => {
    if (validate(parse(generate(config)))) return []
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`,
    )
  }

  // monaco-yaml marks every violation in the editor, and sets the markers again after every edit
  // (Monaco then redraws every visible line): a pipeline we generate must have none.
  it('accepts every preset and the five-image config', () => {
    for (const name of PRESET_NAMES) expect(errorsOf(presetConfig(name)), name).toEqual([])
    expect(errorsOf(FIVE_IMAGE_CONFIG)).toEqual([])
  })

  it('accepts random pipelines (every layout, job setting and trigger)', () => {
    fc.assert(
      fc.property(arbitraryGeneratableConfigV2, (config) => {
        expect(errorsOf(config)).toEqual([])
      }),
      { numRuns: 300, seed: 15 },
    )
  })
})
