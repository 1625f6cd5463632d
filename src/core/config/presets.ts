import { parseConfigOrThrow } from './parse.ts'
import { PRESETS } from './preset-data.ts'
import type { PresetName } from './preset-names.ts'
import type { Config } from './schema.ts'

export { PRESETS } from './preset-data.ts'
export { isPresetName, PRESET_NAMES, type PresetName } from './preset-names.ts'

/** The complete config of a preset (validated: presets are covered by tests). */
export function presetConfig(name: PresetName): Config {
  return parseConfigOrThrow(structuredClone(PRESETS[name]))
}
