import { describe, expect, it } from 'vitest'
import { imageView } from '../config/image-view.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { asRegex, jobRules } from './rules.ts'

function rulesOf(input: ConfigInput, allowManual = true) {
  return jobRules(imageView(parseConfigOrThrow({ version: 2, ...input }), 0), { allowManual })
}

const NEVER_IN_SCHEDULES = { if: '$CI_PIPELINE_SOURCE == "schedule"', when: 'never' }

describe('jobRules', () => {
  it('has no rules when the job runs in every pipeline', () => {
    expect(rulesOf({ pipeline: { triggers: { on: [] } } })).toBeNull()
  })

  it('keeps "never in schedules" when there is no trigger (was: no rules, the job ran in schedules)', () => {
    expect(rulesOf({ pipeline: { triggers: { on: [], schedules: 'never' } } })).toEqual([
      NEVER_IN_SCHEDULES,
      { when: 'on_success' },
    ])
  })

  it('never runs a job whose triggers name no pipeline (was: no rules, every pipeline)', () => {
    // The schema refuses named branches without a name; a view edited past it must not widen.
    const view = imageView(
      parseConfigOrThrow({
        version: 2,
        pipeline: { triggers: { on: ['named-branches'], branches: ['main'] } },
      }),
      0,
    )
    view.pipeline = { ...view.pipeline, triggers: { ...view.pipeline.triggers, branches: [] } }
    expect(jobRules(view, { allowManual: true })).toEqual([{ when: 'never' }])
  })

  it('writes one rule per named branch, exact or /regex/', () => {
    expect(
      rulesOf({ pipeline: { triggers: { on: ['named-branches'], branches: ['main', '/^release/v\\d/'] } } }),
    ).toEqual([{ if: '$CI_COMMIT_BRANCH == "main"' }, { if: '$CI_COMMIT_BRANCH =~ /^release\\/v\\d/' }])
  })

  it('limits every rule by changes and exists, manual with allow_failure on build jobs only', () => {
    const input: ConfigInput = {
      pipeline: { triggers: { on: ['tag', 'web'], manual: 'manual-allow-failure', schedules: 'never' } },
      images: [{ changes: ['app/**/*'], changesCompareTo: 'refs/heads/main', exists: ['Dockerfile'] }],
    }
    const limits = { changes: { paths: ['app/**/*'], compare_to: 'refs/heads/main' }, exists: ['Dockerfile'] }
    expect(rulesOf(input)).toEqual([
      NEVER_IN_SCHEDULES,
      { if: '$CI_COMMIT_TAG', ...limits, when: 'manual', allow_failure: true },
      {
        if: '$CI_PIPELINE_SOURCE == "web" || $CI_PIPELINE_SOURCE == "api"',
        ...limits,
        when: 'manual',
        allow_failure: true,
      },
    ])
    expect(rulesOf(input, false)).toEqual([
      NEVER_IN_SCHEDULES,
      { if: '$CI_COMMIT_TAG', ...limits },
      { if: '$CI_PIPELINE_SOURCE == "web" || $CI_PIPELINE_SOURCE == "api"', ...limits },
    ])
  })

  it('is manual without allow_failure in manual mode', () => {
    expect(rulesOf({ pipeline: { triggers: { on: [], manual: 'manual' } } })).toEqual([{ when: 'manual' }])
  })
})

describe('asRegex', () => {
  it('wraps a bare pattern and escapes its slashes', () => {
    expect(asRegex('^v\\d+$')).toBe('/^v\\d+$/')
    expect(asRegex('^release/.*')).toBe('/^release\\/.*/')
  })

  it('keeps slashes that are escaped already (was: doubled the backslash, ending the literal early)', () => {
    expect(asRegex('a\\/b')).toBe('/a\\/b/')
    expect(asRegex('/a\\/b/i')).toBe('/a\\/b/i')
  })

  it('escapes bare slashes inside a /regex/ literal (GitLab ends the literal at the first one)', () => {
    expect(asRegex('/^release/v1/')).toBe('/^release\\/v1/')
  })

  it('never leaves a backslash right before the closing slash', () => {
    expect(asRegex('a\\\\')).toBe('/a\\\\(?:)/')
  })
})
