import { defaultConfig } from './defaults.ts'
import { formatPath } from './parse.ts'
import { salvageConfig } from './salvage.ts'
import { type Config, configSchema } from './schema.ts'
import { assignsNamedSecret, namedSecret } from './secret-names.ts'

/**
 * Values that look like credentials. The config should only hold names of CI/CD variables; these
 * checks catch a secret typed into a free-text field, so the page can warn at the field and share
 * links can leave it out. Every string of the config is scanned (the walk is generic, so new
 * fields are covered without a change here).
 */
export type CredentialKind = 'url-userinfo' | 'private-key' | 'token'

/** What the config says about a value: the name of the build argument or label it is given to. */
export interface ValueContext {
  readonly name?: string | undefined
}

export interface CredentialFinding {
  /** Dotted path of the field, e.g. `proxy.http` or `build.buildArgs[1].value`. */
  readonly path: string
  readonly kind: CredentialKind
}

export function findCredentialLikeValues(config: Config): CredentialFinding[] {
  return findCredentialLikeValuesAt(config, [])
}

/**
 * findCredentialLikeValues of a part of a config (`path` is where it sits, e.g. ['images', 2]).
 * A section or a list item is scanned the same whether alone or as part of the whole config, so
 * the findings of the whole are those of its parts, in order.
 */
export function findCredentialLikeValuesAt(value: unknown, path: readonly Key[]): CredentialFinding[] {
  const findings: CredentialFinding[] = []
  walkStrings(value, [...path], (text, at, context) => {
    for (const kind of credentialKinds(text, context)) findings.push({ path: formatPath(at), kind })
  })
  return findings
}

/**
 * The config without credential-like values: URL userinfo and private-key blocks are cut out of
 * their text, any other value holding a token is blanked, and an array item that was only a
 * secret is removed. A field that blanking made invalid (a required name, say) takes its default.
 */
export function redactCredentials(config: Config): { config: Config; removed: CredentialFinding[] } {
  const removed = findCredentialLikeValues(config)
  if (removed.length === 0) return { config: structuredClone(config), removed }
  const redacted = redactTree(structuredClone(config) as unknown)
  // Blanking can break a rule (a non-empty name, at least one tag): such a field takes its default.
  return { config: salvageConfig(configSchema, redacted).value ?? defaultConfig(), removed }
}

/**
 * Which kinds of credential a single text holds (each kind at most once). A value whose name says it
 * is a secret (`DB_PASSWORD`, see secret-names.ts) counts as a token, however short.
 */
export function credentialKinds(text: string, context: ValueContext = {}): CredentialKind[] {
  const kinds: CredentialKind[] = []
  if (PRIVATE_KEY_BEGIN.test(text)) kinds.push('private-key')
  const outsidePem = removePemBlocks(text)
  const withoutUserinfo = stripUserinfo(outsidePem)
  if (withoutUserinfo !== outsidePem) kinds.push('url-userinfo')
  if (hasToken(withoutUserinfo) || isNamedSecret(withoutUserinfo, context)) kinds.push('token')
  return kinds
}

/** The text without its secrets; '' when nothing but secrets (or a token anywhere) was in it. */
export function redactText(text: string, context: ValueContext = {}): string {
  if (credentialKinds(text, context).length === 0) return text
  const withoutKeys = removePrivateKeyBlocks(text)
  const stripped = stripUserinfo(withoutKeys)
  const rest = stripUserinfo(removePemBlocks(stripped))
  if (hasToken(rest) || isNamedSecret(rest, context)) return ''
  return stripped.trim() === '' ? '' : stripped
}

function isNamedSecret(text: string, { name }: ValueContext): boolean {
  return (name !== undefined && namedSecret(name, text)) || assignsNamedSecret(text)
}

/** Lists whose items give their `value` a name, and the key of that name. */
const NAMED_VALUES: Readonly<Record<string, string>> = { buildArgs: 'name', labels: 'key', variables: 'name' }

// ---------------------------------------------------------------------------------------------
// PEM blocks

const PRIVATE_KEY_BEGIN = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----/
/** A private-key block up to its END line, or to the end of the text when the END line is missing. */
const PRIVATE_KEY_BLOCK =
  /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z ]*)-----[\s\S]*?(?:-----END \1-----[^\S\r\n]*(?:\r?\n)?|$)/g
/** Any PEM block (certificates are public; their base64 body must not look like a token). */
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?(?:-----END \1-----|$)/g

function removePrivateKeyBlocks(text: string): string {
  return text.replace(PRIVATE_KEY_BLOCK, '')
}

function removePemBlocks(text: string): string {
  return text.replace(PEM_BLOCK, ' ')
}

// ---------------------------------------------------------------------------------------------
// URL userinfo

/**
 * `scheme://userinfo@`; the userinfo runs to the last `@` before the path (passwords may hold `@`).
 * The look-behind makes a scheme start at a word boundary, keeping long words linear to scan.
 */
const URL_USERINFO = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^\s/?#]*)@/g
/** `user:password@host` without a scheme (as in some proxy settings), but not `image:tag@sha256:…`. */
const BARE_USERINFO = /(^|[\s=])([^\s/:@=]+:[^\s/@]+)@(?![A-Za-z0-9]+:[0-9a-fA-F]{32,})(?=[A-Za-z0-9[])/g
/** `$NAME` or `${NAME}`: a reference to a CI/CD variable, not a value. */
const VARIABLE_REFERENCE = /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g
const ONLY_VARIABLE_REFERENCE = /^(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*)$/

function isSecretUserinfo(userinfo: string): boolean {
  const colon = userinfo.indexOf(':')
  if (colon < 0) return hasToken(userinfo)
  const password = userinfo.slice(colon + 1)
  return password !== '' && !ONLY_VARIABLE_REFERENCE.test(password)
}

function stripUserinfo(text: string): string {
  return text
    .replace(URL_USERINFO, (match, scheme: string, userinfo: string) =>
      isSecretUserinfo(userinfo) ? scheme : match,
    )
    .replace(BARE_USERINFO, (match, before: string, userinfo: string) =>
      isSecretUserinfo(userinfo) ? before : match,
    )
}

// ---------------------------------------------------------------------------------------------
// Tokens

/**
 * Prefixes no word or name starts with: a token of these vendors at any length (a short one is cut
 * off or half typed, and still a secret). Matched after variable references are taken out.
 */
const PREFIXED_TOKENS: readonly RegExp[] = [
  // GitLab: personal/project/group, OAuth, deploy, runner, CI job, trigger, feed, mail, agent, SCIM, feature flags
  /(?<![A-Za-z0-9_$])gl(?:pat|oas|dt|rt|rtr|cbt|ptt|ft|imt|agent|soat|ffct)-[A-Za-z0-9_.-]*[A-Za-z0-9]/,
  // GitHub classic and fine-grained
  /(?<![A-Za-z0-9_$])gh[pousr]_[A-Za-z0-9]+/,
  /(?<![A-Za-z0-9_$])github_pat_[A-Za-z0-9_]+/,
  // AWS access key IDs (upper case letters and digits only)
  /(?<![A-Za-z0-9_$])(?:AKIA|ASIA)[A-Z0-9]{4,}(?![a-z_])/,
  // Slack
  /(?<![A-Za-z0-9_$])xox[abposr]-[A-Za-z0-9-]*[A-Za-z0-9]/,
]

/** Vendor formats with a recognisable prefix. */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])GR1348941[A-Za-z0-9_-]{20,}/,
  // AWS access key IDs of other kinds
  /(?<![A-Za-z0-9])(?:ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
  /(?<![A-Za-z0-9])xapp-[A-Za-z0-9-]{10,}/,
  // npm, Google API keys, Stripe secret keys
  /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}/,
  /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/,
  /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{20,}/,
  // JSON Web Tokens: base64url header and payload, both JSON objects
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/,
  // bcrypt hashes (the `$…` parts are not variable references)
  /\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}/,
]

const MIN_RUN = 32
/** Runs of base64/base64url characters, with optional padding. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{32,}={0,2}/g
/** A content digest (`sha256:…`) or the hex right after one: public identifiers, not secrets. */
const DIGEST_PREFIX = /(?:sha1|sha256|sha384|sha512):$/i

function hasToken(text: string): boolean {
  if (TOKEN_PATTERNS.some((pattern) => pattern.test(text))) return true
  const withoutReferences = text.replace(VARIABLE_REFERENCE, ' ')
  if (PREFIXED_TOKENS.some((pattern) => pattern.test(withoutReferences))) return true
  if (hasBasicAuth(withoutReferences)) return true
  for (const match of withoutReferences.matchAll(BASE64_RUN)) {
    const before = withoutReferences.slice(Math.max(0, match.index - 8), match.index)
    if (DIGEST_PREFIX.test(before)) continue
    if (looksRandom(match[0].replace(/=+$/, ''))) return true
  }
  return false
}

/** Standard base64 with its padding, as HTTP Basic and Docker's `auth` write `user:password`. */
const PADDED_BASE64 =
  /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{4}){1,64}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?(?![A-Za-z0-9+/=])/g
/** What `user:password` decodes to: a plain user name, a colon, a password of printable ASCII. */
const USER_PASSWORD = /^[A-Za-z0-9._@+-]{1,64}:[!-~]{1,128}$/

/** Whether a base64 word decodes to `user:password` (base64 of `alice:hunter2` is not a token's length). */
function hasBasicAuth(text: string): boolean {
  for (const [word] of text.matchAll(PADDED_BASE64)) {
    if (word.length < 8) continue
    let decoded: string
    try {
      decoded = atob(word)
    } catch {
      continue
    }
    if (USER_PASSWORD.test(decoded)) return true
  }
  return false
}

/**
 * Whether a run of base64/hex characters looks like key material rather than words, paths or names.
 * Random base64 changes character class (lower, upper, digit, symbol) between neighbours about 64%
 * of the time, has high entropy and few word-like stretches; CamelCase, paths and SNAKE_CASE do not.
 * Measured on random strings: about 1% of 32-character keys slip through, 0.2% of 64-character ones.
 */
export function looksRandom(run: string): boolean {
  if (run.length < MIN_RUN) return false
  if (/^[0-9a-fA-F]+$/.test(run)) return looksLikeHexSecret(run)
  // Only 2 of 64 base64 characters are symbols; runs full of `/`, `-`, `_` are paths and names.
  if ((run.match(/[+/_-]/g)?.length ?? 0) > Math.max(4, run.length * 0.12)) return false
  const changes = classChangeRatio(run)
  const entropy = shannonEntropy(run)
  const wordy = wordiness(run)
  if (changes >= 0.45 && entropy >= 3.8 && wordy < 0.6) return true
  return changes >= 0.36 && entropy >= 4.3 && wordy <= 0.55 && /[0-9]/.test(run)
}

/** 32+ hex digits is a key or hash, except a bare 40-digit git commit SHA (pinned refs are common). */
function looksLikeHexSecret(run: string): boolean {
  if (!/[0-9]/.test(run) || !/[a-fA-F]/.test(run)) return false
  if (run.length === 40 && /^[0-9a-f]+$/.test(run)) return false
  return shannonEntropy(run) >= 3
}

/** Share of characters inside word-like stretches (`word`, `Word`, `WORD`, four letters or more). */
function wordiness(s: string): number {
  let inWords = 0
  for (const m of s.matchAll(/[a-z]{4,}|[A-Z][a-z]{3,}|[A-Z]{4,}/g)) inWords += m[0].length
  return inWords / s.length
}

function charClass(c: string): number {
  if (c >= 'a' && c <= 'z') return 0
  if (c >= 'A' && c <= 'Z') return 1
  if (c >= '0' && c <= '9') return 2
  return 3
}

function classChangeRatio(s: string): number {
  let changes = 0
  for (let i = 1; i < s.length; i++) {
    if (charClass(s.charAt(i)) !== charClass(s.charAt(i - 1))) changes++
  }
  return changes / (s.length - 1)
}

function shannonEntropy(s: string): number {
  const counts = new Map<string, number>()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / s.length
    bits -= p * Math.log2(p)
  }
  return bits
}

// ---------------------------------------------------------------------------------------------
// Walking and repairing

export type Key = string | number

/** The context `child` (at `key` of `parent`, inside the list `listKey`) gives its value. */
export function childContext(listKey: Key | undefined, parent: object, key: Key): ValueContext {
  const nameKey = typeof listKey === 'string' ? NAMED_VALUES[listKey] : undefined
  if (key !== 'value' || nameKey === undefined) return {}
  const name = (parent as Record<string, unknown>)[nameKey]
  return typeof name === 'string' ? { name } : {}
}

function walkStrings(
  value: unknown,
  path: Key[],
  visit: (value: string, path: Key[], context: ValueContext) => void,
  context: ValueContext = {},
): void {
  if (typeof value === 'string') visit(value, path, context)
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walkStrings(item, [...path, i], visit)
  } else if (typeof value === 'object' && value !== null) {
    const listKey = path[path.length - 2]
    for (const [key, child] of Object.entries(value)) {
      walkStrings(child, [...path, key], visit, childContext(listKey, value, key))
    }
  }
}

function redactTree(value: unknown, path: Key[] = [], context: ValueContext = {}): unknown {
  if (typeof value === 'string') return redactText(value, context)
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (const [i, item] of value.entries()) {
      const next = redactTree(item, [...path, i])
      // An array item that was nothing but a secret goes away rather than leaving an empty entry.
      if (typeof item === 'string' && item !== '' && next === '') continue
      out.push(next)
    }
    return out
  }
  if (typeof value === 'object' && value !== null) {
    const listKey = path[path.length - 2]
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        redactTree(v, [...path, k], childContext(listKey, value, k)),
      ]),
    )
  }
  return value
}
