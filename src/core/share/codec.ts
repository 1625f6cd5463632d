import { type CharacterFinding, findRefusedCharacters } from '../config/character-scan.ts'
import { describeCharacter } from '../config/characters.ts'
import { type MigrationResult, migrateConfig } from '../config/migrate.ts'
import { formatIssues, formatPath } from '../config/parse.ts'
import { type SafeParser, salvageConfig } from '../config/salvage.ts'
import { CONFIG_VERSION, type Config, configSchema } from '../config/schema.ts'
import { type CredentialFinding, redactCredentials } from '../config/secrets.ts'
import { MAX_JSON_BYTES } from './deflate-payload.ts'
import { describeReceived, type ShareError, type ShareErrorCode, type ShareErrorReason } from './errors.ts'
import { CURRENT_LINK_VERSION, LINK_FORMATS, type LinkFormat, MAX_FRAGMENT_CHARS } from './formats.ts'
import { MAX_DEPTH, parseJsonPrefix } from './json-prefix.ts'
import { linkJson } from './link-json.ts'

export interface EncodeResult {
  /** `<version>.<payload>`, without the `#`. */
  readonly fragment: string
  /** Credential-like values left out of the link (warn about them at their fields). */
  readonly removed: readonly CredentialFinding[]
  /** True when the config is too large for a link: decoding would refuse it (see MAX_JSON_BYTES). */
  readonly tooLarge: boolean
}

export type DecodeResult<C = Config> =
  | {
      readonly ok: true
      readonly config: C
      /** Config version the link was written with. */
      readonly fromVersion: number
      /** Link format version (the number before the dot). */
      readonly linkVersion: number
      /** True when migration steps ran (the link is older than this build's config version). */
      readonly migrated: boolean
    }
  | {
      readonly ok: false
      readonly error: ShareError
      /** Every field that could be read, over the defaults; absent when nothing could be read. */
      readonly partial?: C
      /** The link's content as read (JSON, migrated) when the schema refused it, for input checks. */
      readonly raw?: unknown
    }

/** The link fragment of a config: credentials removed, defaults left out (linkJson), compressed. */
export function encodeShareFragment(config: Config): EncodeResult {
  const { config: redacted, removed } = redactCredentials(config)
  // Re-parsing puts keys in schema order, so equal configs always give equal links.
  const parsed = configSchema.safeParse(redacted)
  const json = JSON.stringify(linkJson(parsed.success ? parsed.data : redacted))
  const format = LINK_FORMATS[CURRENT_LINK_VERSION] as LinkFormat
  const fragment = `${format.version}.${format.encodePayload(json)}`
  const tooLarge =
    new TextEncoder().encode(json).length > MAX_JSON_BYTES || fragment.length > MAX_FRAGMENT_CHARS
  return { fragment, removed, tooLarge }
}

/** `base` (any `#…` dropped) + `#` + the fragment. */
export function shareUrl(config: Config, base: string): string {
  const hash = base.indexOf('#')
  return `${hash >= 0 ? base.slice(0, hash) : base}#${encodeShareFragment(config).fragment}`
}

/** What a decoder needs to know about the config model; tests supply a synthetic one. */
export interface ShareModel<C> {
  readonly formats: Readonly<Record<number, LinkFormat>>
  readonly currentLinkVersion: number
  readonly configVersion: number
  readonly migrate: (raw: unknown) => MigrationResult
  readonly schema: SafeParser<C>
}

export const CONFIG_SHARE_MODEL: ShareModel<Config> = {
  formats: LINK_FORMATS,
  currentLinkVersion: CURRENT_LINK_VERSION,
  configVersion: CONFIG_VERSION,
  migrate: migrateConfig,
  schema: configSchema,
}

/**
 * Opens a link: accepts a fragment with or without `#`, or a whole URL. Never throws; a link
 * that cannot be opened as it is gives an error and, where any field could be read, `partial`.
 */
export function decodeShareFragment(input: string): DecodeResult {
  return decodeWithModel(CONFIG_SHARE_MODEL, input)
}

export function decodeWithModel<C>(model: ShareModel<C>, input: string): DecodeResult<C> {
  const received = describeReceived(typeof input === 'string' ? input : String(input))
  try {
    return decode(model, typeof input === 'string' ? input : '', received)
  } catch (e) {
    // A safety net only: the fuzz test asserts this never happens.
    const detail = e instanceof Error ? e.message : String(e)
    return failure('malformed', 'internal', `The link could not be read (${detail}).`, received)
  }
}

function decode<C>(model: ShareModel<C>, input: string, received: string): DecodeResult<C> {
  const fragment = fragmentOf(input)
  if (fragment === '') {
    return failure('empty', 'empty', 'The link holds no configuration (nothing after "#").', received)
  }
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    const n = fragment.length.toLocaleString('en')
    return failure(
      'malformed',
      'too-long',
      `The link is too long to be a configuration (${n} characters).`,
      received,
    )
  }
  const match = /^(\d{1,9})\.(.*)$/s.exec(fragment)
  if (!match) {
    return failure(
      'malformed',
      'no-version',
      `This is not a kanikoconfig link: it should look like "#${model.currentLinkVersion}." followed by letters and digits.`,
      received,
    )
  }
  const linkVersion = Number(match[1])
  if (linkVersion > model.currentLinkVersion) {
    return failure(
      'future-version',
      'future-link',
      `The link was made by a newer kanikoconfig (link version ${linkVersion}; this one reads up to ${model.currentLinkVersion}). Open it on the current site or update kanikoconfig.`,
      received,
    )
  }
  const format = model.formats[linkVersion]
  if (!format) {
    return failure(
      'malformed',
      'unknown-version',
      `No kanikoconfig link has version ${linkVersion}.`,
      received,
    )
  }

  const payload = format.decodePayload(match[2] ?? '')
  // An error found so far; reading goes on to recover what it can as `partial`.
  let error: ShareError | undefined = payload.ok
    ? undefined
    : { code: payload.code, reason: payload.reason, message: payload.message, received }
  const text = payload.text
  if (text === undefined) return { ok: false, error: error as ShareError }

  const json = readJson(text)
  if (!json.ok && !error) error = { code: 'bad-json', reason: json.reason, message: json.message, received }
  if (json.value === undefined) return { ok: false, error: error as ShareError }

  const raw = json.value
  if (!Object.hasOwn(raw, 'version')) raw.version = format.configVersion
  const declared = raw.version
  if (typeof declared === 'number' && Number.isInteger(declared) && declared > model.configVersion) {
    return failure(
      'future-version',
      'future-config',
      `The link holds a configuration of version ${declared}, newer than this kanikoconfig reads (up to ${model.configVersion}). Open it on the current site or update kanikoconfig.`,
      received,
    )
  }
  let migrated = model.migrate(raw)
  if (!migrated.ok) {
    // Only `version` itself can stop a migration; read the rest as the format's config version.
    error ??= invalid(`version: ${migrated.message}`, ['version'], received)
    migrated = model.migrate({ ...raw, version: format.configVersion })
    if (!migrated.ok) return { ok: false, error }
  }

  const parsed = model.schema.safeParse(migrated.value)
  if (parsed.success && !error) {
    return {
      ok: true,
      config: parsed.data,
      fromVersion: migrated.fromVersion,
      linkVersion,
      migrated: migrated.fromVersion < model.configVersion,
    }
  }
  const salvaged = parsed.success
    ? { value: parsed.data, dropped: [] as string[] }
    : salvageConfig(model.schema, migrated.value)
  const characters = parsed.success ? [] : findRefusedCharacters(migrated.value)
  if (!error && characters.length > 0) {
    error = refusedCharacters(characters, salvaged.dropped, received)
  } else if (!error) {
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
    error = invalid(formatIssues(issues), salvaged.dropped, received)
  } else if (salvaged.dropped.length > 0) {
    error = { ...error, fields: [...(error.fields ?? []), ...salvaged.dropped] }
  }
  const read = migrated.value
  return salvaged.value === undefined
    ? { ok: false, error, raw: read }
    : { ok: false, error, partial: salvaged.value, raw: read }
}

/** The part after `#` of a URL, or the fragment itself; whitespace (from line-wrapped mail) removed. */
function fragmentOf(input: string): string {
  const trimmed = input.trim()
  const hash = trimmed.indexOf('#')
  if (hash >= 0) return trimmed.slice(hash + 1).replace(/\s+/g, '')
  // A URL without `#` carries no config.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return ''
  return trimmed.replace(/\s+/g, '')
}

type JsonRead =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | {
      readonly ok: false
      readonly reason: ShareErrorReason
      readonly message: string
      readonly value?: Record<string, unknown>
    }

function readJson(text: string): JsonRead {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const prefix = parseJsonPrefix(text)
    const message = 'The link’s content is not valid JSON; it was probably edited or damaged.'
    return isRecord(prefix)
      ? { ok: false, reason: 'not-json', message, value: prefix }
      : { ok: false, reason: 'not-json', message }
  }
  if (!isRecord(value)) {
    return { ok: false, reason: 'not-object', message: 'The link’s content is not a configuration object.' }
  }
  if (depthExceeds(value, MAX_DEPTH)) {
    return {
      ok: false,
      reason: 'too-deep',
      message: 'The link’s content is nested far deeper than any configuration.',
    }
  }
  return { ok: true, value }
}

/** Iterative, so hostile nesting cannot overflow the stack. */
function depthExceeds(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 0]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item
    if (typeof node !== 'object' || node === null) continue
    if (depth >= max) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

/**
 * Text GitLab's YAML parser would read as line breaks or refuse: such a link can hide a job key
 * (a `before_script:` in a runner tag), so it is named as such, not as one more invalid value.
 */
function refusedCharacters(
  characters: readonly CharacterFinding[],
  fields: readonly string[],
  received: string,
): ShareError {
  const list = characters.map((c) => `${c.path} (${c.characters.map(describeCharacter).join(', ')})`)
  return {
    code: 'invalid-config',
    reason: 'refused-characters',
    message: `Some values in the link hold characters GitLab would read as line breaks or refuse: ${list.join('; ')}. These values and any other invalid ones were replaced by their defaults.`,
    received,
    fields,
    characters,
  }
}

function invalid(message: string, fields: readonly string[], received: string): ShareError {
  return {
    code: 'invalid-config',
    reason: 'invalid-fields',
    message: `Some values in the link are not valid and were replaced by their defaults: ${message}.`,
    received,
    fields,
  }
}

function failure<C>(
  code: ShareErrorCode,
  reason: ShareErrorReason,
  message: string,
  received: string,
): DecodeResult<C> {
  return { ok: false, error: { code, reason, message, received } }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
