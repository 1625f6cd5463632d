import { describe, expect, it } from 'vitest'
import { errorCount, groupErrors, NO_ERRORS } from './errors.ts'

describe('groupErrors', () => {
  it('puts each issue in its section, first message per path, unknown paths in general', () => {
    const errors = groupErrors(
      [
        { path: 'job.name', message: 'must not be empty' },
        { path: 'job.name', message: 'second message' },
        { path: 'destinations[0].tags', message: 'needs at least one tag' },
        { path: '', message: 'the config must be a JSON object' },
      ],
      NO_ERRORS,
    )
    expect(errors.build).toEqual({ 'job.name': 'must not be empty' })
    expect(errors.destinations).toEqual({ 'destinations[0].tags': 'needs at least one tag' })
    expect(errors.general).toEqual({ '': 'the config must be a JSON object' })
    expect(errorCount(errors)).toBe(3)
  })

  it('returns the previous object when nothing changed', () => {
    const issues = [{ path: 'proxy.http', message: 'must be a single line' }]
    const first = groupErrors(issues, NO_ERRORS)
    expect(groupErrors([...issues], first)).toBe(first)
    expect(groupErrors([], NO_ERRORS)).toBe(NO_ERRORS)
  })
})
