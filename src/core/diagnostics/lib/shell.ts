import { splitShellText } from '../../shell/text.ts'

/** Helpers over "shell text" (src/core/shell/text.ts): literal characters and `$NAME` references. */

/** The literal characters of the text, references left out. */
export function literalText(text: string): string {
  let out = ''
  for (const part of splitShellText(text)) if (part.kind === 'literal') out += part.text
  return out
}

/** The text with each reference replaced by `value(name)`. */
export function expandWith(text: string, value: (name: string) => string): string {
  let out = ''
  for (const part of splitShellText(text)) out += part.kind === 'literal' ? part.text : value(part.name)
  return out
}

/**
 * The text with every reference spelled `${NAME}`: `$X` and `${X}` name the same variable (for the
 * shell and for GitLab), so texts that differ only in that spelling compare equal. `$XY` is the
 * variable XY (`${XY}`), not `${X}Y`.
 */
export function bracedReferences(text: string): string {
  return expandWith(text, (name) => `\${${name}}`)
}

/** The text with its literal parts changed by `change`; references are kept as written. */
export function mapLiterals(text: string, change: (literal: string) => string): string {
  let out = ''
  for (const part of splitShellText(text)) out += part.kind === 'literal' ? change(part.text) : part.source
  return out
}

/** The text with references to any of `names` pointing at `to` instead, in the same `$X`/`${X}` style. */
export function renameReferences(text: string, names: readonly string[], to: string): string {
  let out = ''
  for (const part of splitShellText(text)) {
    if (part.kind === 'literal') out += part.text
    else if (!names.includes(part.name)) out += part.source
    else out += part.source.startsWith('${') ? `\${${to}}` : `$${to}`
  }
  return out
}

/** Whether the text refers to one of the variables. */
export function refersTo(text: string, names: readonly string[]): boolean {
  if (!text.includes('$')) return false
  return splitShellText(text).some((part) => part.kind === 'variable' && names.includes(part.name))
}

/** The variable the text is, when it is nothing else (`$CA_FILE`, `${CA_FILE}`); else null. */
export function soleVariable(text: string): string | null {
  const parts = splitShellText(text)
  const [only] = parts
  return parts.length === 1 && only?.kind === 'variable' ? only.name : null
}
