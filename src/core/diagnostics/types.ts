import type { ImageView } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import type { Context } from './context.ts'
import type { Code, ParamsByCode } from './params.ts'

export type Severity = 'error' | 'warning' | 'info'
export type Lang = 'en' | 'ja'

/**
 * One problem found in a config. Its texts are not in it: `findingText` (texts.ts) builds them from
 * `code` and `params` with one language's catalog, so the page loads only the language it shows.
 */
export interface Finding {
  /** Stable code (KC + three digits); documented in docs/diagnostics.md, never reused. */
  readonly code: Code
  /** error: the pipeline will fail, or is insecure by accident; warning: likely trouble; info: advice. */
  readonly severity: Severity
  /** Dotted config paths the finding is about, e.g. `executor.tag`, `images[0].buildArgs[2].value`. */
  readonly fields: readonly string[]
  /** The values its texts are built from (ParamsByCode[code]), a secret-looking value redacted. */
  readonly params: FindingParams
  /** The one-click fix; its button's label is the catalog entry's `fix`. */
  readonly fix?: Fix
}

/** The params of any code: a finding's `code` says which. */
export type FindingParams = ParamsByCode[Code]

export interface Fix {
  /** A new config with the problem fixed; the given config is not changed. */
  readonly apply: (config: Config) => Config
  /** A field to show after the fix, when the user may have more to do there (the page focuses it). */
  readonly reveal?: string
}

/**
 * What a rule reports on one image's view (fields in the view's paths: `build.context`); the engine
 * adds the code and severity, redacts the params, and maps fields and fix onto the config.
 */
export interface Hit<K extends Code> {
  readonly fields: readonly string[]
  readonly params: ParamsByCode[K]
  readonly fix?: (view: ImageView) => ImageView
  /** See Fix.reveal. */
  readonly reveal?: string
}

export interface Rule<K extends Code = Code> {
  readonly code: K
  /** A readable slug, e.g. `executor-not-debug` (docs and tests use it; findings carry the code). */
  readonly name: string
  readonly severity: Severity
  readonly check: (context: Context) => readonly Hit<K>[]
  /**
   * Offer a hit's fix only if the fixed config has no error the current one lacks. For rare findings
   * whose fix can wake other rules (an extra flag moved into the form); it costs one more run.
   */
  readonly verifyFix?: boolean
  /**
   * The finding is about this image's own value: its fix is not offered where it would change
   * another image too (a value moved into a setting every image shares, in a config of several).
   */
  readonly ownImageFix?: boolean
}

/** Any rule, keeping the link between its code and its params. */
export type AnyRule = { [K in Code]: Rule<K> }[Code]

export function defineRule<K extends Code>(rule: Rule<K>): AnyRule {
  return rule as unknown as AnyRule
}

/**
 * A check of the raw input (a config file's JSON, a link's content) before the schema: for what the
 * schema refuses but a user needs named more precisely than "invalid config". No fixes.
 */
export interface InputRule<K extends Code = Code> {
  readonly code: K
  readonly name: string
  readonly severity: Severity
  readonly check: (raw: unknown) => readonly Omit<Hit<K>, 'fix'>[]
}

export type AnyInputRule = { [K in Code]: InputRule<K> }[Code]

export function defineInputRule<K extends Code>(rule: InputRule<K>): AnyInputRule {
  return rule as unknown as AnyInputRule
}

/**
 * A rule over the whole config: what only shows across images or in the pipeline's own settings.
 * Fields are config paths (`images[1].destinations[0].tags[0]`); a fix changes the config.
 */
export interface PipelineRule<K extends Code = Code> {
  readonly code: K
  readonly name: string
  readonly severity: Severity
  readonly check: (config: Config) => readonly PipelineHit<K>[]
}

export interface PipelineHit<K extends Code> {
  readonly fields: readonly string[]
  readonly params: ParamsByCode[K]
  readonly fix?: (config: Config) => Config
}

export type AnyPipelineRule = { [K in Code]: PipelineRule<K> }[Code]

export function definePipelineRule<K extends Code>(rule: PipelineRule<K>): AnyPipelineRule {
  return rule as unknown as AnyPipelineRule
}
