import { memo } from 'react'
import { isPresetName, PRESET_NAMES, type PresetName } from '../../core/config/presets.ts'
import { useUi } from '../context.ts'

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
            if (name === '' || isPresetName(name)) dispatch({ type: 'requestPreset', name })
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
