/**
 * Every diagnostic code and the values its messages are built from. Codes are stable: a code is
 * never reused for another problem; a retired code stays listed in docs/diagnostics.md.
 * KC1xx executor image, KC2xx destinations and triggers, KC3xx registries, proxy, TLS and secrets,
 * KC4xx cache and snapshots, KC5xx multi-architecture, KC6xx build args and extra flags, KC7xx the
 * config's text itself (checked before the schema, on the raw input: input-rules.ts).
 */
type None = Record<never, never>
type Field = { field: string }

export interface ParamsByCode {
  KC101: { image: string; tag: string }
  KC102: None
  KC103: { image: string; version: string; tag: string }
  KC104: { image: string; tag: string }
  KC105: { image: string; fork: string }
  KC106: { flag: string; since: string; version: string; tag: string }
  KC107: None
  KC108: { variable: string }
  KC201: { reference: string; pushed: string }
  KC202: { reference: string; pushed: string }
  KC203: { variable: string; reference: string }
  KC204: { reference: string }
  KC205: None
  KC206: { repository: string; fixed: string }
  KC207: { repository: string; fixed: string }
  KC208: { tag: string; fixed: string }
  KC209: { repository: string; fixed: string }
  KC210: { stage: string }
  KC211: { flag: string; path: string; fixed: string }
  KC222: None
  /** kinds: comma-separated pipeline kinds without a diff (tag, schedule, web, new-branch). */
  KC223: { image: string; kinds: string }
  KC230: { reference: string; image: string; other: string }
  KC231: { job: string }
  KC235: { reference: string }
  /** The layout's own en/ja sentence saying why (src/core/generate/layout/reasons.ts). */
  KC236: { reasonEn: string; reasonJa: string }
  KC237: { image: string }
  KC238: { reference: string; image: string }
  KC239: { images: string }
  KC240: { tag: string; fixed: string }
  KC301: None
  KC302: { proxy: string }
  KC303: None
  KC304: None
  KC305: { variables: string }
  KC310: Field
  KC311: Field
  KC312: Field
  KC320: { hosts: string; skipped: string; variable: string }
  KC321: { variable: string }
  KC322: { registry: string; host: string; path: string }
  KC330: { flags: string; variable: string; caEnabled: boolean }
  KC331: { flags: string }
  KC332: { variable: string; as: 'file-variable' | 'base64-variable' }
  KC333: { path: string; job: string }
  KC334: { path: string; variable: string; jobs: string }
  KC335: { path: string; job: string }
  KC340: { mirrors: string; buildArgs: string; from: boolean; action: 'keep-port' | 'prefix-arg' }
  KC341: None
  KC342: { host: string; key: string }
  KC343: { host: string; key: string }
  KC344: { host: string }
  KC345: { host: string; key: string; path: string; helper: boolean }
  KC346: { mirrors: string; buildArgs: string }
  KC347: { variable: string; hosts: string }
  KC348: { host: string }
  KC349: { host: string; variable: string }
  KC350: { host: string; user: string }
  KC351: { host: string; variable: string }
  KC352: { version: string }
  KC353: None
  KC401: { repository: string }
  KC402: { repository: string }
  KC403: None
  KC404: { ttl: string }
  KC405: None
  KC501: { platform: string; tags: string }
  KC502: { platform: string; repository: string; action: 'fork' | 'remove' | '' }
  KC503: { image: string; replacement: string }
  KC504: { platforms: string; suffix: string; result: string }
  KC505: { suffix: string }
  KC506: { suffix: string; result: string; platform: string }
  KC507: None
  KC508: { platform: string }
  KC510: { text: string; word: string }
  KC601: { name: string }
  KC602: { name: string }
  KC603: { target: string }
  KC604: None
  KC605: { dockerfile: string; fixed: string }
  KC606: { key: string; shadowedBy: 'label' | 'oci' }
  KC610: { flag: string; field: string }
  KC611: { flag: string; suggestion: string }
  KC612: { flag: string }
  KC613: { flag: string; replacement: string }
  KC614: { entry: string; count: string }
  KC615: {
    flag: string
    problem: 'missing-value' | 'swallowed-flag' | 'bad-value'
    value: string
    type: string
  }
  KC616: { entry: string; merged: string }
  KC617: { entry: string; variable: string; current: string }
  KC701: { field: string; characters: string }
}

export type Code = keyof ParamsByCode
