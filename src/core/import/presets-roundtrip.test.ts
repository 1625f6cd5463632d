import { describe, expect, it } from 'vitest'
import { PRESET_NAMES, presetConfig, stripDefaults } from '../config/index.ts'
import { generate } from '../generate/index.ts'
import { importPipeline } from './index.ts'

/**
 * Issue 12, item 7 for the presets: importing a generated pipeline gives back the config it was
 * generated from, and the pipeline regenerated from that is byte-identical. Random v2 configs: configs-roundtrip.test.ts.
 */
describe('import(generate(preset))', () => {
  it.each(PRESET_NAMES)('%s: the same config, the same pipeline', async (name) => {
    const config = presetConfig(name)
    const yaml = generate(config)
    const result = await importPipeline(yaml)
    if (!result.ok || !result.config) return expect.fail(`import failed: ${JSON.stringify(result)}`)
    expect(stripDefaults(result.config)).toEqual(stripDefaults(config))
    expect(generate(result.config)).toBe(yaml)
  })
})
