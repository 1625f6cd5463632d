import { describe, expect, it } from 'vitest'
import { PRESET_NAMES, presetConfig } from '../config/presets.ts'
import { diagnose } from './engine.ts'
import { en } from './messages/en.ts'
import { findingText } from './texts.ts'

describe('presets', () => {
  it.each(PRESET_NAMES)('%s has no error-level finding', (name) => {
    const errors = diagnose(presetConfig(name)).filter((f) => f.severity === 'error')
    expect(errors.map((f) => `${f.code}: ${findingText(f, en).message}`)).toEqual([])
  })

  it('the Google-image presets are told about the archive, the fork preset is not', () => {
    expect(diagnose(presetConfig('gitlab-docs')).map((f) => f.code)).toContain('KC105')
    expect(diagnose(presetConfig('kitchen-sink')).map((f) => f.code)).not.toContain('KC105')
  })
})
