import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate'
import { decodeBase64url, encodeBase64url } from './base64url.ts'
import { crc32 } from './checksum.ts'
import type { ShareErrorCode, ShareErrorReason } from './errors.ts'

/**
 * The payload of link formats 1 and 2 (they differ only in the preset dictionary): base64url
 * (no padding) of
 *   3 bytes: the low 24 bits of the CRC-32 of the JSON text (big-endian)
 *   rest:    the JSON text, UTF-8, raw DEFLATE with the format's preset dictionary.
 * An empty payload is the empty object (every field at its default).
 */

/** Unpacked JSON larger than this is refused: a decompression bomb, not a config. */
export const MAX_JSON_BYTES = 64 * 1024
const CHECK_BYTES = 3
/** Inflate in small steps so a bomb is stopped after at most one step's output past the cap. */
const INFLATE_STEP = 256

export type PayloadResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false
      readonly code: Extract<ShareErrorCode, 'bad-encoding' | 'bad-compression'>
      readonly reason: ShareErrorReason
      readonly message: string
      /** The part of the JSON text that could still be read, if any. */
      readonly text?: string
    }

export interface PayloadCodec {
  encodePayload(json: string): string
  decodePayload(payload: string): PayloadResult
}

/** The payload codec over one preset dictionary (frozen with its link format). */
export function deflatePayload(dictionaryText: string): PayloadCodec {
  const dictionary = strToU8(dictionaryText)
  return {
    encodePayload: (json) => encodePayload(json, dictionary),
    decodePayload: (payload) => decodePayload(payload, dictionary),
  }
}

function encodePayload(json: string, dictionary: Uint8Array): string {
  if (json === '{}') return ''
  const bytes = strToU8(json)
  const check = crc32(bytes)
  const packed = deflateSync(bytes, { level: 9, dictionary })
  const out = new Uint8Array(CHECK_BYTES + packed.length)
  out[0] = (check >>> 16) & 0xff
  out[1] = (check >>> 8) & 0xff
  out[2] = check & 0xff
  out.set(packed, CHECK_BYTES)
  return encodeBase64url(out)
}

function decodePayload(payload: string, dictionary: Uint8Array): PayloadResult {
  if (payload === '') return { ok: true, text: '{}' }
  const decoded = decodeBase64url(payload)
  const unpacked = unpack(decoded.bytes, dictionary)
  if (!decoded.ok) {
    const char = payload.charAt(decoded.at)
    return {
      ok: false,
      code: 'bad-encoding',
      reason: 'bad-character',
      message: `The link contains a character that cannot be part of a link (${JSON.stringify(char)} at position ${decoded.at + 1} of the data); it may have been edited or changed on the way.`,
      ...(unpacked.text !== undefined ? { text: unpacked.text } : {}),
    }
  }
  return unpacked
}

function unpack(bytes: Uint8Array, dictionary: Uint8Array): PayloadResult {
  if (bytes.length <= CHECK_BYTES) {
    return {
      ok: false,
      code: 'bad-compression',
      reason: 'truncated',
      message: 'The link is cut off: its data is too short to hold a configuration.',
    }
  }
  const expected = ((bytes[0] ?? 0) << 16) | ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0)
  const inflated = inflateCapped(bytes.subarray(CHECK_BYTES), dictionary)
  if (inflated.tooLarge) {
    return {
      ok: false,
      code: 'bad-compression',
      reason: 'too-large',
      message: `The link unpacks to more than ${MAX_JSON_BYTES / 1024} KiB, far more than any configuration needs.`,
    }
  }
  const text = strFromU8(inflated.bytes)
  if (inflated.error !== undefined) {
    const truncated = /unexpected EOF/i.test(inflated.error)
    return {
      ok: false,
      code: 'bad-compression',
      reason: truncated ? 'truncated' : 'corrupt',
      message: truncated
        ? 'The link is cut off: the end of its data is missing.'
        : 'The link is damaged: its data cannot be unpacked.',
      text,
    }
  }
  if ((crc32(inflated.bytes) & 0xffffff) !== expected) {
    return {
      ok: false,
      code: 'bad-compression',
      reason: 'checksum',
      message: 'The link is damaged: its checksum does not match, so some values may have changed.',
      text,
    }
  }
  return { ok: true, text }
}

interface Inflated {
  readonly bytes: Uint8Array
  readonly error?: string
  readonly tooLarge?: boolean
}

class TooLarge extends Error {}

function inflateCapped(data: Uint8Array, dictionary: Uint8Array): Inflated {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflater = new Inflate({ dictionary }, (chunk) => {
    size += chunk.length
    if (size > MAX_JSON_BYTES) throw new TooLarge()
    chunks.push(chunk)
  })
  let error: string | undefined
  try {
    for (let i = 0; i < data.length; i += INFLATE_STEP) {
      inflater.push(data.subarray(i, Math.min(i + INFLATE_STEP, data.length)), false)
    }
    // Ending with an empty final push keeps the output of a cut-off stream before it throws.
    inflater.push(new Uint8Array(0), true)
  } catch (e) {
    if (e instanceof TooLarge) return { bytes: new Uint8Array(0), tooLarge: true }
    error = e instanceof Error ? e.message : String(e)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return error === undefined ? { bytes } : { bytes, error }
}
