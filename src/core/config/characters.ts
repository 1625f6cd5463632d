/**
 * Characters a value must not hold because GitLab would not read the YAML as written: gitlabhq loads
 * `.gitlab-ci.yml` with Ruby's Psych (libyaml, YAML 1.1), which takes U+0085, U+2028 and U+2029 for
 * line breaks (a runner tag could add a `before_script:` GitLab runs), refuses the whole file over
 * other control characters, U+FFFE/U+FFFF and unpaired surrogates, while the `yaml` library (YAML 1.2)
 * writes them as ordinary text. Tabs stay allowed everywhere; line feeds and carriage returns only
 * in multi-line fields (those fields refuse the rest too: see docs/generated-pipeline.md).
 */

/**
 * libyaml's line breaks beyond \n and \r, C0 (but \t, \n, \r; NUL has its own check), DEL, C1,
 * U+FFFE/U+FFFF and unpaired surrogates (with the u flag a pair is one code point, not matched).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is its job
const REFUSED = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|\p{Cs}/u

export type CharacterName =
  | 'next line'
  | 'line separator'
  | 'paragraph separator'
  | 'noncharacter'
  | 'unpaired surrogate'
  | 'control character'

const NAMES: Readonly<Record<string, CharacterName>> = {
  '0085': 'next line',
  '2028': 'line separator',
  '2029': 'paragraph separator',
  FFFE: 'noncharacter',
  FFFF: 'noncharacter',
}

/** The first character of `text` GitLab would read as a line break or refuse, or undefined. */
export function refusedCharacter(text: string): string | undefined {
  return REFUSED.exec(text)?.[0]
}

/** Every such character of `text`, once each, in order of appearance. */
export function refusedCharacters(text: string): string[] {
  const all = new RegExp(REFUSED.source, 'gu')
  return [...new Set(Array.from(text.matchAll(all), (match) => match[0]))]
}

/** `U+2028`: how messages write the code point. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** What kind of character it is, in the words messages use (the UI translates them). */
export function characterName(character: string): CharacterName {
  const code = character.codePointAt(0) ?? 0
  return (
    NAMES[codePoint(character).slice(2)] ??
    (code >= 0xd800 && code <= 0xdfff ? 'unpaired surrogate' : 'control character')
  )
}

/** `U+2028 (line separator)`: the code point and what it is, as messages name it. */
export function describeCharacter(character: string): string {
  return `${codePoint(character)} (${characterName(character)})`
}

/** The validation message for a value holding `character`. */
export function refusedCharacterMessage(character: string): string {
  return `must not contain ${describeCharacter(character)}`
}
