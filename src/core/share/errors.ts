import type { CharacterFinding } from '../config/character-scan.ts'

/**
 * Why a link could not be opened. The UI shows its own en/ja text per code (and reason); `message`
 * is plain English for the CLI and logs.
 */
export const SHARE_ERROR_CODES = [
  'empty',
  'malformed',
  'bad-encoding',
  'bad-compression',
  'bad-json',
  'future-version',
  'invalid-config',
] as const
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number]

/** A finer reason within a code, for UIs that want to say more than the code does. */
export const SHARE_ERROR_REASONS = [
  'empty', // empty: nothing after `#`, or a URL without `#`
  'too-long', // malformed: longer than MAX_FRAGMENT_CHARS
  'no-version', // malformed: not `<version>.<payload>`
  'unknown-version', // malformed: a version number no release ever wrote
  'bad-character', // bad-encoding: a character outside base64url
  'truncated', // bad-compression: the data ends early (the link was cut off)
  'corrupt', // bad-compression: the data cannot be unpacked
  'checksum', // bad-compression: unpacked, but the checksum does not match
  'too-large', // bad-compression: unpacks to more than MAX_JSON_BYTES
  'not-json', // bad-json: the text is not JSON
  'not-object', // bad-json: JSON, but not an object
  'too-deep', // bad-json: nested deeper than any config
  'future-link', // future-version: link format newer than this build
  'future-config', // future-version: config version newer than this build
  'invalid-fields', // invalid-config: fields the schema rejects
  'refused-characters', // invalid-config: text GitLab would read as line breaks or refuse (and maybe other fields)
  'internal', // any code: a bug in the decoder (tests assert it never happens)
] as const
export type ShareErrorReason = (typeof SHARE_ERROR_REASONS)[number]

export interface ShareError {
  readonly code: ShareErrorCode
  readonly reason: ShareErrorReason
  /** Plain English, one or two sentences. */
  readonly message: string
  /** What was received, shortened to RECEIVED_MAX_CHARS (start and end kept). */
  readonly received: string
  /** For invalid-config (and partial results): dotted paths of the fields that were dropped. */
  readonly fields?: readonly string[]
  /** For refused-characters: the values holding such characters, and which (core/config/character-scan.ts). */
  readonly characters?: readonly CharacterFinding[]
}

export const RECEIVED_MAX_CHARS = 160

/** Keeps the start and the end (where truncation and stray characters show), with `…` between. */
export function describeReceived(input: string): string {
  const text = input.trim()
  if (text.length <= RECEIVED_MAX_CHARS) return text
  const tail = 40
  return `${text.slice(0, RECEIVED_MAX_CHARS - tail - 1)}…${text.slice(-tail)}`
}
