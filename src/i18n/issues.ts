/** zod's own messages for a value of the wrong type (a number field holding text, for example). */
const WRONG_TYPE = /^Invalid input: expected (\w+), received (\w+)$/
const EMPTY_STRING = /^Too small: expected string to have >=1 characters?$/
const ONE_OF = /^must be one of (.+)$/
/** core/config/characters.ts: `must not contain U+2028 (line separator)`. */
const CHARACTER = /^must not contain (U\+[0-9A-F]{4,6}) \((.+)\)$/

/**
 * A validation message of the core in the page's language: zod's generic messages are first
 * rewritten in the core's style, then looked up in `table` (English needs no table).
 */
export function translateIssue(message: string, table: Readonly<Record<string, string>>): string {
  const normalized = normalize(message)
  const known = table[normalized]
  if (known) return known
  const oneOf = ONE_OF.exec(normalized)
  const template = table['must be one of {values}']
  if (oneOf && template) return template.replace('{values}', oneOf[1] ?? '')
  const character = CHARACTER.exec(normalized)
  const characterTemplate = table['must not contain {character} ({name})']
  if (character && characterTemplate) {
    const name = character[2] ?? ''
    return characterTemplate
      .replace('{character}', character[1] ?? '')
      .replace('{name}', table[`character: ${name}`] ?? name)
  }
  return normalized
}

function normalize(message: string): string {
  if (WRONG_TYPE.exec(message)?.[1] === 'number') return 'must be a whole number'
  if (EMPTY_STRING.test(message)) return 'must not be empty'
  return message
}
