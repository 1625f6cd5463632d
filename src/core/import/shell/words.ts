import type { Word, WordPart } from '../types.ts'

/** The word as the shell would pass it, with expansions shown as written (`${CI_REGISTRY}`). */
export function wordText(word: Word): string {
  return word.parts.map(partText).join('')
}

export function partText(part: WordPart): string {
  return part.kind === 'literal' ? part.value : part.raw
}

/** The word's value when it has no expansion at all. */
export function literalValue(word: Word): string | null {
  return word.parts.every((part) => part.kind === 'literal') ? wordText(word) : null
}

/** The word after its first `skip` characters (for `--flag=value`); the cut falls in a literal part. */
export function sliceWord(word: Word, skip: number): Word {
  const parts: WordPart[] = []
  let remaining = skip
  for (const part of word.parts) {
    if (remaining <= 0) {
      parts.push(part)
      continue
    }
    const length = partText(part).length
    if (part.kind === 'literal' && length > remaining)
      parts.push({ ...part, value: part.value.slice(remaining) })
    else if (part.kind !== 'literal' && length > remaining) parts.push(part)
    remaining -= length
  }
  return { raw: word.raw, parts, offset: word.offset }
}

/**
 * What unquoted use of a value gives: fields split at blanks and newlines in its text. Expansions stay
 * inside their field (they are expanded later, or by GitLab before the job starts); every part becomes
 * unquoted, since the value is split again where it is used.
 */
export function splitFields(word: Word): Word[] {
  const fields: Word[] = []
  let current: WordPart[] = []
  const flush = (): void => {
    if (current.length)
      fields.push({ raw: current.map(partText).join(''), parts: current, offset: word.offset })
    current = []
  }
  for (const part of word.parts) {
    if (part.kind !== 'literal') {
      current.push({ ...part, quoted: false })
      continue
    }
    let text = ''
    for (const char of part.value) {
      if (char === ' ' || char === '\t' || char === '\n') {
        if (text) current.push({ ...part, value: text, quoted: false })
        text = ''
        flush()
      } else text += char
    }
    if (text) current.push({ ...part, value: text, quoted: false })
  }
  flush()
  return fields
}

/** The single unquoted parameter a word consists of (`$KANIKO_ARGS`, `${X}`), if it is only that. */
export function soleUnquotedParam(word: Word): string | null {
  const [only, ...rest] = word.parts
  return only?.kind === 'param' && !only.quoted && rest.length === 0 && only.name ? only.name : null
}
