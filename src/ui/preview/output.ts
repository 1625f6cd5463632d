import type { Config } from '../../core/config/schema.ts'
import { generate } from '../../core/generate/index.ts'

export type Output =
  | { readonly ok: true; readonly yaml: string }
  | { readonly ok: false; readonly message: string }

/** The pipeline text for the preview, copy and download; a generator failure becomes a message. */
export function renderPipeline(config: Config, jobOnly: boolean): Output {
  try {
    return { ok: true, yaml: generate(config, { jobOnly }) }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

export const DOWNLOAD_NAME = '.gitlab-ci.yml'
