import { describe, expect, it } from 'vitest'
import { errorCount, groupErrors, NO_ERRORS } from './errors.ts'

describe('groupErrors', () => {
  it('puts each issue in its section, first message per path, unknown paths in general', () => {
    const errors = groupErrors(
      [
        { path: 'images[0].name', message: 'must not be empty' },
        { path: 'images[0].name', message: 'second message' },
        { path: 'release.toTags', message: 'needs at least one tag' },
        { path: '', message: 'the config must be a JSON object' },
      ],
      NO_ERRORS,
    )
    expect(errors.images).toEqual({ 'images[0].name': 'must not be empty' })
    expect(errors.pipeline).toEqual({ 'release.toTags': 'needs at least one tag' })
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
