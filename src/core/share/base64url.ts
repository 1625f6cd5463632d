/** base64url (RFC 4648 §5) without padding, written out so it behaves the same in Node and browsers. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

export function encodeBase64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let c = 0; c < chars; c++) out += ALPHABET.charAt((n >> (18 - 6 * c)) & 63)
  }
  return out
}

export type Base64urlResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** `at` is the index of the first character outside the alphabet; `bytes` holds what came before it. */
  | { readonly ok: false; readonly at: number; readonly bytes: Uint8Array }

/**
 * Decodes base64url; a dangling last character (a truncated link) carries no whole byte and is
 * ignored. Trailing `=` padding is tolerated.
 */
export function decodeBase64url(text: string): Base64urlResult {
  const body = text.replace(/=+$/, '')
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8))
  let bits = 0
  let value = 0
  let n = 0
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i)
    const v = code < 128 ? (VALUES[code] ?? -1) : -1
    if (v < 0) return { ok: false, at: i, bytes: bytes.slice(0, n) }
    value = ((value << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[n++] = (value >> bits) & 0xff
    }
  }
  return { ok: true, bytes: bytes.slice(0, n) }
}
