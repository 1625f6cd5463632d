/**
 * The preset names, apart from their data: the page lists them in its first chunk and loads the
 * data (presets.ts) only when one is chosen. presets.ts must define exactly these (type-checked).
 */
export const PRESET_NAMES = [
  'gitlab-docs',
  'default-branch',
  'dependency-proxy',
  'behind-proxy',
  'custom-ca',
  'multi-arch',
  'cached',
  'kitchen-sink',
  'monorepo',
  'matrix',
  'release-by-retag',
  'version-tags',
] as const

export type PresetName = (typeof PRESET_NAMES)[number]

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name)
}
