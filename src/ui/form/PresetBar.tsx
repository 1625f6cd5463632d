import { memo } from 'react'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { PRESET_NAMES, type PresetName } from '../../core/config/preset-names.ts'
import { useUi } from '../context.ts'

/** The presets' data is a chunk of its own, fetched when one is chosen (it is small and local). */
async function loadPreset(name: PresetName) {
  const { PRESETS } = await import('../../core/config/preset-data.ts')
  return parseConfigOrThrow(structuredClone(PRESETS[name]))
}

/**
 * Preset cards at the top of the form, one line each, the current one pressed and marked "(edited)"
 * once changed; then Reset. Both ask first when edits would be lost (see the store).
 */
export const PresetBar = memo(function PresetBar({
  preset,
  edited,
}: {
  readonly preset: PresetName | ''
  /** The form differs from what the preset (or the defaults) loaded: its card says so. */
  readonly edited: boolean
}) {
  const { t, dispatch } = useUi()
  const choose = async (name: PresetName | '') =>
    dispatch(
      name === ''
        ? { type: 'requestPreset', name, config: defaultConfig() }
        : { type: 'requestPreset', name, config: await loadPreset(name) },
    )
  const card = (name: PresetName | '', label: string, description: string) => (
    <li key={name || 'defaults'}>
      <button
        type="button"
        className="preset-card"
        data-preset={name}
        aria-pressed={preset === name}
        onClick={() => void choose(name)}
      >
        <span className="preset-name">
          {label}
          {edited && preset === name ? <span className="preset-edited"> {t('preset.custom')}</span> : null}
        </span>
        <span className="preset-description">{description}</span>
      </button>
    </li>
  )
  return (
    <section className="preset-bar" aria-labelledby="preset-heading">
      <div className="preset-head">
        <h2 id="preset-heading" className="preset-heading">
          {t('preset.label')}
        </h2>
        <p className="help" id="preset-help">
          {t('preset.help')}
        </p>
        <button type="button" className="reset" onClick={() => dispatch({ type: 'requestReset' })}>
          {t('reset.button')}
        </button>
      </div>
      <ul className="preset-cards" aria-describedby="preset-help">
        {card('', t('preset.none'), t('preset.none.description'))}
        {PRESET_NAMES.map((name) => card(name, t(`preset.${name}.label`), t(`preset.${name}.description`)))}
      </ul>
    </section>
  )
})
