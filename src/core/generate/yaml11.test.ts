import { describe, expect, it } from 'vitest'
import { YAML11_VALUES } from '../../testing/arbitraries.ts'
import { withFirstImage } from '../../testing/configs.ts'
import { readWithPsych } from '../../testing/psych.ts'
import { defaultConfig } from '../config/defaults.ts'
import { generate } from './index.ts'
import { isYaml11NonString } from './yaml11.ts'

/** Plain scalars that are text in YAML 1.1 too (some look close to a number, a date or a word). */
const TEXT = [
  'build',
  'yess',
  'onion',
  'nope',
  'Y2',
  'v1.24.0',
  '1.24.0',
  '1.2.3-debug',
  '2024-01',
  '2024-01-01x',
  '10:00 am',
  '1e',
  '0xZZ',
  '+.',
  '.',
  'a:b',
  'x<<',
  '==',
  '$CI_COMMIT_TAG',
  'latest',
  'saas-linux-small-amd64',
]

/** Values GitLab's Psych reads as another type even though the YAML 1.1 spec says text; and the other way. */
const PSYCH_ONLY = ['tRuE', 'nUlL', '1,000', ':sym', ':"q"']
const SPEC_ONLY = ['y', 'Y', 'n', 'N', '1e3', '0o17', '=', '1:60']

describe('isYaml11NonString', () => {
  it('agrees with Psych on which plain scalars stay text', () => {
    const values = [...new Set([...YAML11_VALUES, ...TEXT, ...PSYCH_ONLY, ...SPEC_ONLY])]
    const readings = readWithPsych(values.map((v) => `- ${v}`))
    const psychChangesIt = values.filter(
      (v, i) => JSON.stringify(readings[i]) !== JSON.stringify({ value: [v] }),
    )
    // Everything Psych reads as another type (or refuses) is quoted...
    expect(psychChangesIt.filter((v) => !isYaml11NonString(v))).toEqual([])
    // ...and quoting goes beyond Psych only where the YAML 1.1 spec (other parsers) reads a type,
    // and for `<<`, which Psych reads as text in a list but as a merge key in a mapping.
    expect(values.filter((v) => isYaml11NonString(v) && !psychChangesIt.includes(v)).sort()).toEqual(
      [...SPEC_ONLY, '<<'].sort(),
    )
    expect(TEXT.filter(isYaml11NonString)).toEqual([])
  })

  it('makes the generator quote such values, and Psych read them back as written', () => {
    const tags = ['yes', 'off', '1:20', '0b101', '1_000', '2024-01-01', ':sym']
    const config = withFirstImage(defaultConfig(), { name: 'on', runnerTags: tags })
    const yaml = generate(config)
    expect(yaml).toContain('"on":')
    expect(readWithPsych([yaml])[0]).toMatchObject({ value: { on: { tags } } })
  })
})
