import { refusedCharacters } from './characters.ts'
import { formatPath } from './parse.ts'

/** A value of a raw (not yet validated) config that holds characters GitLab would misread. */
export interface CharacterFinding {
  /** Dotted path, as config issues name fields: `job.runnerTags[0]`. */
  readonly path: string
  /** Each refused character once, in order of appearance. */
  readonly characters: readonly string[]
}

/**
 * Every text value of `raw` (a config as read from a file or a link, before the schema) holding a
 * character of characters.ts, so a link or a lint run can say which field holds which character
 * before the schema drops or refuses the value. Iterative: hostile nesting cannot overflow the stack.
 */
export function findRefusedCharacters(raw: unknown): CharacterFinding[] {
  const findings: CharacterFinding[] = []
  const stack: [unknown, readonly PropertyKey[]][] = [[raw, []]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, path] = item
    if (typeof node === 'string') {
      const characters = refusedCharacters(node)
      if (characters.length > 0) findings.push({ path: formatPath(path), characters })
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]])
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node).reverse())
        stack.push([(node as Record<string, unknown>)[key], [...path, key]])
    }
  }
  return findings
}
