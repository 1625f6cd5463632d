import type { Config } from '../../core/config/schema.ts'

type Generate = import('../../core/generate/index.ts').ReusingGenerate

export type Output =
  | { readonly ok: true; readonly yaml: string }
  | { readonly ok: false; readonly message: string }

let generate: Generate | undefined
let loading: Promise<void> | undefined

/**
 * The generator (with the `yaml` library, ~20 KB gzip) is a chunk of its own: the prerendered page
 * already shows the default pipeline, so hydrating it does not wait for the generator. The entry
 * requests it at once; a page opening a link or saved work awaits it before its first render.
 */
export function loadGenerator(): Promise<void> {
  loading ??= import('../../core/generate/index.ts').then(
    (module) => {
      // The preview generates on every keystroke: only the jobs a change touched are written again.
      generate = module.reusingGenerate()
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

export const generatorLoaded = (): boolean => generate !== undefined

/** The pipeline text for the preview, copy and download; a generator failure becomes a message. */
export function renderPipeline(config: Config, jobOnly: boolean): Output {
  try {
    if (!generate) throw new Error('the pipeline generator could not be loaded')
    return { ok: true, yaml: generate(config, { jobOnly }) }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

export const DOWNLOAD_NAME = '.gitlab-ci.yml'
