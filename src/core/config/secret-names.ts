/**
 * Names that say their value is a secret: `DB_PASSWORD`, `apiKey`, `NPM_TOKEN`, `com.example.auth`.
 * A build argument or label so named holds a secret even when the value is short and looks like
 * nothing in particular (`Tr0ub4dor&3`), unless the value is plainly not one (see namedSecret).
 */

/** Whole words of a name that mean "secret". */
const SECRET_WORD = /^(?:PASS|PASSWORD|PASSWD|PASSPHRASE|PWD|TOKEN|SECRET|KEY|APIKEY|AUTH|CREDENTIALS?)$/
/** Run-together words ending in one (`DBPASSWORD`, `ACCESSTOKEN`, `SECRETKEY`). */
const SECRET_SUFFIX = /(?:PASSWORD|PASSWD|PASSPHRASE|TOKEN|SECRET|APIKEY|SECRETKEY|PRIVATEKEY)$/
/** A word after the secret word that makes the name about the secret, not the secret: `KEY_ID`. */
const QUALIFIER =
  /^(?:ID|IDS|URL|URI|PATH|FILE|FILES|DIR|NAME|NAMES|TYPE|KIND|SIZE|LENGTH|LEN|BITS|ENABLED|DISABLED|REQUIRED|MODE|HOST|PORT|SERVER|ENDPOINT|METHOD|PROVIDER|HEADER|USER|USERNAME|LOGIN|EXPIRY|EXPIRES|TTL|FORMAT|VERSION|ALGORITHM|ALG|LOCATION|REF|VAR|VARIABLE|ENV|SCOPE|SCOPES|TIMEOUT|COUNT|FINGERPRINT|SERVICE)$/
/** A word before KEY that makes it a public or structural key: `PUBLIC_KEY`, `CACHE_KEY`. */
const KEY_KIND = /^(?:PUBLIC|PUB|CACHE|SORT|PRIMARY|FOREIGN|PARTITION|LOOKUP)$/

/** `DB_PASSWORD` -> [DB, PASSWORD]; `apiKey` -> [API, KEY]; `org.example.auth-token` -> [ORG, EXAMPLE, AUTH, TOKEN]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toUpperCase())
}

export function namesSecret(name: string): boolean {
  const list = words(name)
  return list.some((word, i) => {
    if (!SECRET_WORD.test(word) && !SECRET_SUFFIX.test(word)) return false
    const next = list[i + 1]
    if (next !== undefined && QUALIFIER.test(next)) return false
    const before = list[i - 1]
    return !(word === 'KEY' && before !== undefined && KEY_KIND.test(before))
  })
}

/** `$NAME` or `${NAME}`. */
const VARIABLE_REFERENCE = /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g
const BOOLEAN_WORD = /^(?:true|false|yes|no|on|off|none|null|enabled|disabled)$/i
const URL_WITHOUT_USERINFO = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^@\s]*$/
const PATH = /^(?:\/|\.{1,2}\/|~\/)\S*$/
/** Shorter values are flags and switches (`1`, `rw`), not passwords anyone would choose. */
const MIN_SECRET_LENGTH = 4

/**
 * Whether `value`, given to something called `name`, is a secret: the name says so, and the value is
 * a literal that could be one (not variable references alone, a switch word, a URL without
 * credentials or a path).
 */
export function namedSecret(name: string, value: string): boolean {
  if (!namesSecret(name)) return false
  const literal = value.trim()
  if (literal.length < MIN_SECRET_LENGTH) return false
  if (!/[A-Za-z0-9]/.test(literal.replace(VARIABLE_REFERENCE, ''))) return false
  return !(BOOLEAN_WORD.test(literal) || URL_WITHOUT_USERINFO.test(literal) || PATH.test(literal))
}

/** `--build-arg NAME=VALUE` / `--label=NAME=VALUE` inside free text (extra flags). */
const FLAG_ASSIGNMENT = /--(?:build-arg|label)[= ]+([A-Za-z_][A-Za-z0-9_.-]*)=(\S*)/g

/** Whether a text passes a secret to a build argument or label by flag. */
export function assignsNamedSecret(text: string): boolean {
  if (!text.includes('--')) return false
  for (const [, name = '', value = ''] of text.matchAll(FLAG_ASSIGNMENT)) {
    if (namedSecret(name, value)) return true
  }
  return false
}
