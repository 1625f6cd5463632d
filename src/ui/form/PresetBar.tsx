import { memo } from 'react'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { isPresetName, PRESET_NAMES, type PresetName } from '../../core/config/preset-names.ts'
import { useUi } from '../context.ts'

/** The presets' data is a chunk of its own, fetched when one is chosen (it is small and local). */
async function loadPreset(name: PresetName) {
  const { PRESETS } = await import('../../core/config/preset-data.ts')
  return parseConfigOrThrow(structuredClone(PRESETS[name]))
}

/** Presets at the top of the form, and Reset. Both ask first when edits would be lost (see the store). */
export const PresetBar = memo(function PresetBar({
  preset,
  edited,
}: {
  readonly preset: PresetName | ''
  /** The form differs from what the preset (or the defaults) loaded: the select says so. */
  readonly edited: boolean
}) {
  const { t, dispatch } = useUi()
  const requestPreset = async (name: PresetName) =>
    dispatch({ type: 'requestPreset', name, config: await loadPreset(name) })
  return (
    <div className="preset-bar">
      <div className="field">
        <label htmlFor="preset">{t('preset.label')}</label>
        <p className="help" id="preset-help">
          {t('preset.help')}
        </p>
        <select
          id="preset"
          value={preset}
          aria-describedby="preset-help"
          onChange={(e) => {
            const name = e.currentTarget.value
            if (name === '') dispatch({ type: 'requestPreset', name, config: defaultConfig() })
            else if (isPresetName(name)) void requestPreset(name)
          }}
        >
          <option value="">
            {t('preset.none')}
            {edited && preset === '' ? ` ${t('preset.custom')}` : ''}
          </option>
          {PRESET_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`preset.${name}.label`)}
              {edited && preset === name ? ` ${t('preset.custom')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="reset" onClick={() => dispatch({ type: 'requestReset' })}>
        {t('reset.button')}
      </button>
    </div>
  )
})
