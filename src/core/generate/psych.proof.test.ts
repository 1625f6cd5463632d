import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { withFirstImage } from '../../testing/configs.ts'
import { readWithPsych } from '../../testing/psych.ts'
import { defaultConfig } from '../config/defaults.ts'
import { parseConfig } from '../config/parse.ts'
import type { Config } from '../config/schema.ts'
import { generate } from './index.ts'

/** Issue 9's high finding: a runner tag whose U+2028 Psych (GitLab) reads as line breaks. */
const INJECTED_TAG = 'saas-linux-small-amd64\u2028  before_script:\u2028    - touch PWNED; echo $CI_JOB_TOKEN'

describe('the issue’s runner tag with U+2028 (a before_script GitLab would run)', () => {
  it('is what the yaml library writes plain and Psych reads as a second key', () => {
    const [read] = readWithPsych([stringify({ build: { tags: [INJECTED_TAG] } })])
    expect(read).toEqual({
      value: {
        build: { tags: ['saas-linux-small-amd64'], before_script: ['touch PWNED; echo $CI_JOB_TOKEN'] },
      },
    })
  })

  it('is refused by the schema, naming the field and the character', () => {
    expect(parseConfig({ job: { runnerTags: [INJECTED_TAG] } })).toEqual({
      ok: false,
      issues: [{ path: 'images[0].runnerTags[0]', message: 'must not contain U+2028 (line separator)' }],
    })
  })

  it('never reaches the YAML, even from a config that skipped the schema', () => {
    const config: Config = withFirstImage(defaultConfig(), { runnerTags: [INJECTED_TAG] })
    expect(() => generate(config)).toThrow('it contains U+2028 (line separator)')
  })
})
