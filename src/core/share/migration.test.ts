import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { MigrationResult, MigrationStep } from '../config/migrate.ts'
import { decodeWithModel, type ShareModel } from './codec.ts'
import type { LinkFormat } from './formats.ts'
import { decodePayloadV1, encodePayloadV1 } from './payload-v1.ts'

/*
 * A synthetic world with two config versions, to prove the path an old link takes once a real
 * version 2 exists. In version 1 a config had one `tag` and the image default was kaniko:v1;
 * version 2 has a list of `tags` and a new default image. Production code has no version 2.
 */

const schemaV1 = z.strictObject({
  version: z.literal(1).default(1),
  image: z.string().default('kaniko:v1'),
  tag: z.string().min(1).default('latest'),
  retries: z.number().int().min(0).default(0),
})

const schemaV2 = z.strictObject({
  version: z.literal(2).default(2),
  image: z.string().default('kaniko:v2'),
  tags: z.array(z.string().min(1)).min(1).default(['latest']),
  retries: z.number().int().min(0).default(0),
})

const STEPS: Record<number, MigrationStep> = {
  // Links leave defaults out, so a default that changes must be written into old configs.
  1: ({ tag, ...rest }) => ({ image: 'kaniko:v1', ...rest, ...(tag === undefined ? {} : { tags: [tag] }) }),
}

/** The same algorithm as migrateConfig, over the synthetic steps. */
function migrateTo(target: number) {
  return (raw: unknown): MigrationResult => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, path: '', message: 'the config must be a JSON object' }
    }
    const record = raw as Record<string, unknown>
    const declared = record.version ?? target
    if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1 || declared > target) {
      return { ok: false, path: 'version', message: 'unsupported version' }
    }
    let value: Record<string, unknown> = { ...record }
    for (let v = declared; v < target; v++) {
      const step = STEPS[v]
      if (!step) return { ok: false, path: 'version', message: `no migration from version ${v}` }
      value = { ...step(value), version: v + 1 }
    }
    return { ok: true, value, fromVersion: declared }
  }
}

const format = (version: number, configVersion: number): LinkFormat => ({
  version,
  configVersion,
  encodePayload: encodePayloadV1,
  decodePayload: decodePayloadV1,
})

const worldV1: ShareModel<z.output<typeof schemaV1>> = {
  formats: { 1: format(1, 1) },
  currentLinkVersion: 1,
  configVersion: 1,
  migrate: migrateTo(1),
  schema: schemaV1,
}

const worldV2: ShareModel<z.output<typeof schemaV2>> = {
  formats: { 1: format(1, 1), 2: format(2, 2) },
  currentLinkVersion: 2,
  configVersion: 2,
  migrate: migrateTo(2),
  schema: schemaV2,
}

/** A link as the v1 world wrote it: defaults left out, `version` left out. */
const v1Link = (diff: Record<string, unknown>) => `1.${encodePayloadV1(JSON.stringify(diff))}`

describe('share links across a config version change (synthetic)', () => {
  it('reads its own links in the old world', () => {
    expect(decodeWithModel(worldV1, v1Link({ tag: 'stable' }))).toEqual({
      ok: true,
      config: { version: 1, image: 'kaniko:v1', tag: 'stable', retries: 0 },
      fromVersion: 1,
      linkVersion: 1,
      migrated: false,
    })
  })

  it('migrates an old link forward, keeping the old default it relied on', () => {
    expect(decodeWithModel(worldV2, v1Link({ tag: 'stable', retries: 3 }))).toEqual({
      ok: true,
      config: { version: 2, image: 'kaniko:v1', tags: ['stable'], retries: 3 },
      fromVersion: 1,
      linkVersion: 1,
      migrated: true,
    })
    expect(decodeWithModel(worldV2, '1.')).toMatchObject({
      ok: true,
      config: { version: 2, image: 'kaniko:v1', tags: ['latest'] },
      migrated: true,
    })
  })

  it('reads new links without migrating', () => {
    const link = `2.${encodePayloadV1(JSON.stringify({ tags: ['a', 'b'] }))}`
    expect(decodeWithModel(worldV2, link)).toMatchObject({
      ok: true,
      config: { version: 2, image: 'kaniko:v2', tags: ['a', 'b'] },
      fromVersion: 2,
      migrated: false,
    })
  })

  it('drops the invalid fields of an old link after migrating it', () => {
    const result = decodeWithModel(worldV2, v1Link({ tag: 'stable', retries: -1 }))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', fields: ['retries'] },
      partial: { version: 2, image: 'kaniko:v1', tags: ['stable'], retries: 0 },
    })
  })

  it('tells the old world that a new link is from the future', () => {
    expect(decodeWithModel(worldV1, '2.')).toMatchObject({
      ok: false,
      error: { code: 'future-version', reason: 'future-link' },
    })
  })
})
