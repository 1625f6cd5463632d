import { splitShellText } from '../../shell/text.ts'
import type { Reason } from '../reasons.ts'
import { wordText } from '../shell/words.ts'
import type { Origin, Unmapped, Word } from '../types.ts'

/**
 * A config value is "shell text": `$NAME` and `${NAME}` are references, every other character is
 * literal (src/core/shell/text.ts). A word of the original fits when it has no other expansion.
 */
export type TextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly kind: 'command' | 'parameter'; readonly expansion: string }

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export function shellTextOf(word: Word): TextResult {
  let text = ''
  for (const part of word.parts) {
    if (part.kind === 'literal') {
      text += part.value
      continue
    }
    if (part.kind === 'command') return { ok: false, kind: 'command', expansion: part.raw }
    if (part.raw !== `$${part.name}` && part.raw !== `\${${part.name}}`)
      return { ok: false, kind: 'parameter', expansion: part.raw }
    text += part.raw
  }
  return { ok: true, text }
}

/**
 * A value GitLab expands (`variables:`, `parallel: matrix`, artifacts paths) back to config text:
 * `$$` is a dollar, `$X`/`${X}` stay references (the inverse of gitlabVariableValue).
 */
export function gitlabValueText(value: string): string {
  return value.replace(/\$\$|\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*/g, (m) => (m === '$$' ? '$' : m))
}

/**
 * Config text with every reference written `${NAME}`, as the generated shell commands write them:
 * where the form also shows (`variables:`, a matrix cell, artifacts paths), `$X` stays as written,
 * so two spellings of one value compare equal only through this.
 */
export function bracedReferences(text: string): string {
  return splitShellText(text)
    .map((part) => (part.kind === 'literal' ? part.text : `\${${part.name}}`))
    .join('')
}

/** A flag as notes name it: `--build-arg X=1`, `--cache`, `--cache=false` (as written, in backticks). */
export function flagText(flag: { readonly spelledAs: string; readonly value: Word | null }): string {
  return `\`${flag.spelledAs}${flag.value ? ` ${wordText(flag.value)}` : ''}\``
}

/** `$X` / `${X}` → `X`; null for any other text. */
export function soleVariable(text: string): string | null {
  const inner =
    text.startsWith('${') && text.endsWith('}')
      ? text.slice(2, -1)
      : text.startsWith('$')
        ? text.slice(1)
        : null
  return inner !== null && NAME.test(inner) ? inner : null
}

/** Names of the variables a word refers to (`$X`, `${X}`, `${X:-y}`). */
export function wordVariables(word: Word): string[] {
  return word.parts.flatMap((part) => (part.kind === 'param' && part.name ? [part.name] : []))
}

/** The notes the mapping writes: what it could not map, and what it mapped in another form. */
export class Notes {
  readonly unmapped: Unmapped[] = []
  readonly changed: Unmapped[] = []
  notMapped(origin: Origin, reason: Reason): void {
    this.unmapped.push({ path: origin.path, line: origin.line, ...reason })
  }
  change(origin: Origin, reason: Reason): void {
    this.changed.push({ path: origin.path, line: origin.line, ...reason })
  }
}

export { wordText }
