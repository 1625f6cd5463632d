import { describe, expect, it } from 'vitest'
import { groupErrors, NO_ERRORS } from '../state/errors.ts'
import { markSeverities, sectionSeverities } from './severity.ts'

describe('section severities', () => {
  it('takes the worst mark of each section, and counts validation errors as errors', () => {
    const summary = markSeverities([
      { path: 'proxy.http', severity: 'info' },
      { path: 'proxy.https', severity: 'warning' },
      { path: 'images[1].destinations[0].repository', severity: 'warning' },
      { path: 'images[0].context', severity: 'error' },
      { path: 'executor.source', severity: 'info' },
      { path: 'not.a.field', severity: 'error' },
    ])
    expect(summary).toBe('executor:info;images:error;proxy:warning')
    // The same marks give the same string: a subscription sees no change.
    expect(markSeverities([{ path: 'proxy.http', severity: 'warning' }])).toBe('proxy:warning')

    const errors = groupErrors([{ path: 'pipeline.stage', message: 'must not be empty' }], NO_ERRORS)
    expect(sectionSeverities(summary, errors)).toEqual({
      executor: 'info',
      images: 'error',
      proxy: 'warning',
      pipeline: 'error',
    })
    expect(sectionSeverities('', NO_ERRORS)).toEqual({})
  })
})
