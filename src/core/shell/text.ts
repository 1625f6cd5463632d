/**
 * "Shell text" is what users type into value fields: `$NAME` and `${NAME}` are references to CI/CD
 * variables, expanded at run time; every other character is literal. This module splits such text
 * into parts, so the quoting helpers and the test oracle agree on what is a reference.
 */
export type TextPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'variable'; readonly name: string; readonly source: string }

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

export function splitShellText(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(REFERENCE)) {
    const index = match.index ?? 0
    if (index > last) parts.push({ kind: 'literal', text: text.slice(last, index) })
    parts.push({ kind: 'variable', name: (match[1] ?? match[2]) as string, source: match[0] })
    last = index + match[0].length
  }
  if (last < text.length) parts.push({ kind: 'literal', text: text.slice(last) })
  return parts
}

/** The value the shell would give to `text`, with `env` as the environment (unset means empty). */
export function expandShellText(text: string, env: Readonly<Record<string, string | undefined>>): string {
  return (
    splitShellText(text)
      // Own properties only: a reference like $toString must not find Object.prototype's.
      .map((part) =>
        part.kind === 'literal' ? part.text : Object.hasOwn(env, part.name) ? (env[part.name] ?? '') : '',
      )
      .join('')
  )
}

/** Names of the variables `text` refers to, in order of first use. */
export function referencedVariables(text: string): string[] {
  const names: string[] = []
  for (const part of splitShellText(text)) {
    if (part.kind === 'variable' && !names.includes(part.name)) names.push(part.name)
  }
  return names
}
