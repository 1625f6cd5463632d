import { deepEqual, defaultConfig } from '../config/defaults.ts'
import { type Config, configSchema } from '../config/schema.ts'

/**
 * The JSON object a link holds: the config minus every value equal to its default, like
 * stripDefaults, and also inside the items of lists: an image, a destination or a registry keeps
 * only the fields that differ from the defaults of an item of its list. A list that differs from
 * its default is still written whole (positions matter), but a three-image config no longer
 * spells out every default of every image. `version` is always written.
 *
 * Reading needs nothing special: the schema fills the defaults of list items as it does for
 * sections, so `parseConfig(linkJson(c))` gives back c (a property test holds us to it).
 */
export function linkJson(config: Config): Record<string, unknown> {
  const stripped = diff(config, defaultConfig(), configSchema as unknown as SchemaNode)
  return { version: config.version, ...(isRecord(stripped) ? stripped : {}) }
}

/** The little of zod's schema definitions this walk reads (zod's documented `_zod.def`). */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string
      readonly shape?: Readonly<Record<string, SchemaNode>>
      readonly element?: SchemaNode
      readonly innerType?: SchemaNode
    }
  }
  safeParse(value: unknown): { success: boolean; data?: unknown }
}

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional'])

function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node
  while (current && WRAPPERS.has(current._zod.def.type)) current = current._zod.def.innerType
  return current
}

const itemDefaultsCache = new WeakMap<SchemaNode, Record<string, unknown>>()

/** Each field of a list item that has a default, with that default (what `{}` would be given). */
function itemDefaults(element: SchemaNode): Record<string, unknown> | undefined {
  const object = unwrap(element)
  if (object?._zod.def.type !== 'object') return undefined
  const cached = itemDefaultsCache.get(object)
  if (cached) return cached
  const defaults: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(object._zod.def.shape ?? {})) {
    const parsed = field.safeParse(undefined)
    if (parsed.success) defaults[key] = parsed.data
  }
  itemDefaultsCache.set(object, defaults)
  return defaults
}

function diff(value: unknown, base: unknown, schema: SchemaNode | undefined): unknown {
  const node = unwrap(schema)
  if (isRecord(value) && isRecord(base)) {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      const d = key in base ? diff(child, base[key], node?._zod.def.shape?.[key]) : child
      if (d !== undefined) out[key] = d
    }
    return Object.keys(out).length > 0 ? out : undefined
  }
  if (deepEqual(value, base)) return undefined
  const element = node?._zod.def.type === 'array' ? node._zod.def.element : undefined
  const defaults = element && itemDefaults(element)
  if (Array.isArray(value) && element && defaults) {
    return value.map((item) => (isRecord(item) ? (diff(item, defaults, element) ?? {}) : item))
  }
  return value
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
