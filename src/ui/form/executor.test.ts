import { describe, expect, it } from 'vitest'
import { GOOGLE_EXECUTOR, OSSCONTAINERTOOLS_EXECUTOR } from '../../core/catalog/executors.ts'
import { defaultConfig } from '../../core/config/defaults.ts'
import { switchExecutorSource } from './executor.ts'

describe('switchExecutorSource', () => {
  const google = defaultConfig().executor

  it('takes the fork’s default tag when the Google tag does not exist there', () => {
    const fork = switchExecutorSource(google, 'osscontainertools')
    expect(fork).toEqual({
      ...google,
      source: 'osscontainertools',
      tag: OSSCONTAINERTOOLS_EXECUTOR.defaultTag,
    })
    expect(switchExecutorSource(fork, 'google').tag).toBe(GOOGLE_EXECUTOR.defaultTag)
  })

  it('keeps a tag both families publish, and the tag when going custom', () => {
    expect(switchExecutorSource({ ...google, tag: 'debug' }, 'osscontainertools').tag).toBe('debug')
    expect(switchExecutorSource(google, 'custom')).toEqual({ ...google, source: 'custom' })
  })
})
