import type { PayloadResult } from './deflate-payload.ts'
import { decodePayloadV1, encodePayloadV1 } from './payload-v1.ts'
import { decodePayloadV2, encodePayloadV2 } from './payload-v2.ts'

/**
 * Link formats: a fragment is `<link version>.<payload>`. Links live forever, so a format is never
 * changed once released; a new one is added instead, and the old one keeps decoding old links.
 *
 * Add a format when the encoding changes (a new dictionary, say) AND whenever CONFIG_VERSION is
 * bumped: format-1 links left `version` out (it was the default), so the link version is what says
 * which config version a link without one holds. (A test keeps the current format's configVersion
 * equal to CONFIG_VERSION.) Decoding then migrates the config forward with migrateConfig
 * (src/core/config/migrate.ts).
 *
 * 1: config version 1, dictionary-v1.ts. Read only: its configs are migrated to version 2.
 * 2: config version 2 (`version` written in the JSON), dictionary-v2.ts, same payload layout.
 */
export interface LinkFormat {
  /** The number before the dot. */
  readonly version: number
  /** The config version of links written in this format (used when the JSON has no `version`). */
  readonly configVersion: number
  encodePayload(json: string): string
  decodePayload(payload: string): PayloadResult
}

export const LINK_FORMATS: Readonly<Record<number, LinkFormat>> = {
  1: { version: 1, configVersion: 1, encodePayload: encodePayloadV1, decodePayload: decodePayloadV1 },
  2: { version: 2, configVersion: 2, encodePayload: encodePayloadV2, decodePayload: decodePayloadV2 },
}

/** The format new links are written in. */
export const CURRENT_LINK_VERSION = 2

/** Longer fragments are refused before any work is done (even 64 KiB of incompressible JSON fits). */
export const MAX_FRAGMENT_CHARS = 100_000
