import { type Config, configSchema } from './schema.ts'

/** A fresh copy of the default config. */
export function defaultConfig(): Config {
  return configSchema.parse({})
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * The config minus every value equal to its default, as a plain JSON object. Arrays are kept whole
 * when they differ (an item's position is meaningful). `parseConfig(stripDefaults(c))` gives back c.
 */
export function stripDefaults(config: Config): Record<string, Json> {
  const stripped = diff(config as unknown as Json, defaultConfig() as unknown as Json)
  // The version stays: a config without one is read as version 1.
  return { version: config.version, ...((stripped ?? {}) as Record<string, Json>) }
}

function diff(value: Json, base: Json): Json | undefined {
  if (isRecord(value) && isRecord(base)) {
    const out: Record<string, Json> = {}
    for (const [key, child] of Object.entries(value)) {
      const d = key in base ? diff(child, base[key] as Json) : child
      if (d !== undefined) out[key] = d
    }
    return Object.keys(out).length > 0 ? out : undefined
  }
  return deepEqual(value, base) ? undefined : value
}

function isRecord(v: Json): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}
