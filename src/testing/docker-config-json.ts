/**
 * Reads a docker config.json the way kaniko, manifest-tool and crane do: Go's encoding/json decoding
 * into docker/cli's ConfigFile. JSON.parse keeps only the last of two members with one name; Go
 * decodes a repeated member again into what the first made, and for a map (`auths`, `credHelpers`)
 * that means "keeping existing entries" (encoding/json's documented rule), so both are merged, the
 * later entry winning per key. Other repeated members: the last wins, as with JSON.parse.
 * Written from the JSON grammar, sharing nothing with the generator.
 */

export interface DockerConfig {
  readonly auths: Readonly<Record<string, unknown>>
  readonly credHelpers: Readonly<Record<string, unknown>>
  /** Every other top-level member. */
  readonly others: Readonly<Record<string, unknown>>
}

/** docker/cli's ConfigFile fields that are maps. */
const MAP_MEMBERS = new Set(['auths', 'credHelpers'])

/** Throws a SyntaxError when `text` is not one JSON object (whitespace around it allowed). */
export function readDockerConfig(text: string): DockerConfig {
  const members = topLevelMembers(text)
  const maps: Record<string, Record<string, unknown>> = { auths: {}, credHelpers: {} }
  const others: Record<string, unknown> = {}
  for (const [name, value] of members) {
    if (MAP_MEMBERS.has(name)) {
      if (value === null) continue
      if (typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError(`${name} is not an object`)
      Object.assign(maps[name] as object, value)
    } else others[name] = value
  }
  return { auths: maps.auths ?? {}, credHelpers: maps.credHelpers ?? {}, others }
}

/** The members of the top-level object in order, repeated names kept; values parsed by JSON.parse. */
function topLevelMembers(text: string): [string, unknown][] {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at offset ${i} of ${JSON.stringify(text)}`)
  }
  /** The end (exclusive) of the JSON value starting at i, found by matching brackets outside strings. */
  const valueEnd = (): number => {
    let depth = 0
    let j = i
    for (; j < text.length; j++) {
      const c = text[j]
      if (c === '"') {
        j++
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
        if (depth === 0) return j + 1
      } else if (c === '{' || c === '[') depth++
      else if (c === '}' || c === ']') {
        if (depth === 0) return j
        depth--
        if (depth === 0) return j + 1
      } else if (depth === 0 && (c === ',' || ' \t\n\r'.includes(c as string))) return j
    }
    return j
  }
  ws()
  if (text[i] !== '{') fail('expected {')
  i++
  ws()
  const members: [string, unknown][] = []
  if (text[i] === '}') i++
  else {
    for (;;) {
      ws()
      if (text[i] !== '"') fail('expected a member name')
      const nameEnd = valueEnd()
      const name = JSON.parse(text.slice(i, nameEnd)) as string
      i = nameEnd
      ws()
      if (text[i] !== ':') fail('expected :')
      i++
      ws()
      const end = valueEnd()
      members.push([name, JSON.parse(text.slice(i, end))])
      i = end
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        break
      }
      fail('expected , or }')
    }
  }
  ws()
  if (i !== text.length) fail('text after the object')
  return members
}
