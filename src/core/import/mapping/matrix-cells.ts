import { splitShellText } from '../../shell/text.ts'
import type { ImportedJob } from '../job.ts'
import type { DestinationSlot, RunSettings } from './flags.ts'
import { gitlabValueText } from './values.ts'

/** The variable that names a cell of the `matrix` layout (src/core/generate/layout/matrix.ts). */
const IMAGE_VARIABLE = 'KC_IMAGE'
const PREFIX = 'KC_'

/** One cell of a matrix job the `matrix` layout wrote: its image's name and its KC_ values. */
export interface LayoutCell {
  readonly name: string
  /** Config text with each `${KC_…}` replaced by the cell's value. */
  readonly substitute: (text: string) => string
}

/**
 * A matrix cell whose variables are all `KC_…` and name the image with `KC_IMAGE` is one image of
 * the `matrix` layout; other matrices are the author's own (their variables stay per image).
 */
export function layoutCell(job: ImportedJob): LayoutCell | null {
  const matrix = job.matrix
  if (!matrix) return null
  const written = matrix[IMAGE_VARIABLE]
  if (written === undefined || !Object.keys(matrix).every((key) => key.startsWith(PREFIX))) return null
  // The image's name, every `$` of it written `$$` (a name refers to no variable).
  const name = written.replaceAll('$$', '$')
  const substitute = (text: string): string =>
    splitShellText(text)
      .map((part) => {
        if (part.kind === 'literal') return part.text
        const value = matrix[part.name]
        return part.name.startsWith(PREFIX) && value !== undefined ? gitlabValueText(value) : part.source
      })
      .join('')
  return { name, substitute }
}

/** `KC_REPOSITORY_<n>`, `KC_TAG_<n>_<m>`: the variables of the config's n-th destination of several. */
const DESTINATION_VARIABLE = /^KC_(?:REPOSITORY_(\d+)|TAG_(\d+)_\d+)$/
/** `KC_TAG_<n>`: the n-th destination's one tag, or the n-th tag of a single destination. */
const TAG_VARIABLE = /^KC_TAG_(\d+)$/

/**
 * The place in the config's destinations that a destination's matrix variables name (src/core/
 * generate/layout/matrix-cells.ts numbers them when there are several), the first one that does.
 */
function destinationSlot(text: string): DestinationSlot | undefined {
  const names = splitShellText(text).flatMap((part) => (part.kind === 'variable' ? [part.name] : []))
  for (const name of names) {
    const [, repository, tag] = DESTINATION_VARIABLE.exec(name) ?? []
    const place = Number(repository ?? tag)
    if (place > 0) return { place, orTag: false }
  }
  for (const name of names) {
    const place = Number(TAG_VARIABLE.exec(name)?.[1])
    if (place > 0) return { place, orTag: true }
  }
  return undefined
}

/** The run's values with the cell's KC_ references written in. */
export function substituteSettings(settings: RunSettings, cell: LayoutCell): RunSettings {
  const { substitute } = cell
  const image = settings.image
  const shared = new Map(
    [...settings.shared].map(([key, setting]) => [
      key,
      typeof setting.value === 'string' ? { ...setting, value: substitute(setting.value) } : setting,
    ]),
  )
  return {
    ...settings,
    shared,
    image: {
      ...image,
      context: substitute(image.context),
      dockerfile: substitute(image.dockerfile),
      target: substitute(image.target),
      buildArgs: image.buildArgs.map((arg) => ({ ...arg, value: substitute(arg.value) })),
      labels: image.labels.map((label) => ({ ...label, value: substitute(label.value) })),
      destinations: image.destinations.map((d) => {
        const slot = destinationSlot(d.text)
        return { ...d, text: substitute(d.text), ...(slot === undefined ? {} : { slot }) }
      }),
    },
  }
}
