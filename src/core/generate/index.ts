import type { Config } from '../config/schema.ts'

export interface GenerateOptions {
  /** Only the jobs: no header comment and no `stages:` block, to merge into an existing file. */
  readonly jobOnly?: boolean
}

/** The complete `.gitlab-ci.yml` for a config. Implementation in progress. */
export function generate(_config: Config, _options: GenerateOptions = {}): string {
  throw new Error('generate(): not implemented yet')
}
