import { migrateV1ToV2 } from './migrate-v1.ts'
import { CONFIG_VERSION } from './schema.ts'

/**
 * Versioned migrations. Each step takes a raw object of version N and returns one of version N+1.
 * Never edit a released step: links and config files in the wild depend on it. Add a new one instead,
 * bump CONFIG_VERSION, and add fixtures for the old version (src/core/share/fixtures).
 */
export type MigrationStep = (raw: Record<string, unknown>) => Record<string, unknown>

/** MIGRATIONS[n] migrates version n to n + 1. Version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = { 1: migrateV1ToV2 }

export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly fromVersion: number }
  | { readonly ok: false; readonly message: string; readonly path: string }

/** Brings a raw config object (from a file, a link, the importer) up to CONFIG_VERSION. */
export function migrateConfig(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, path: '', message: 'the config must be a JSON object' }
  }
  const record = raw as Record<string, unknown>
  // Version 1 files and links left `version` out (it was the default); every later version writes it.
  const declared = record.version ?? 1
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    return { ok: false, path: 'version', message: 'must be a positive whole number' }
  }
  if (declared > CONFIG_VERSION) {
    return {
      ok: false,
      path: 'version',
      message: `config version ${declared} is newer than this kanikoconfig understands (up to ${CONFIG_VERSION})`,
    }
  }
  let value: Record<string, unknown> = { ...record, version: declared }
  for (let v = declared; v < CONFIG_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) return { ok: false, path: 'version', message: `no migration from version ${v}` }
    value = { ...step(value), version: v + 1 }
  }
  return { ok: true, value, fromVersion: declared }
}
