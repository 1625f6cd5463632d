import type { ImageView } from '../../config/image-view.ts'
import { edit } from '../lib/edit.ts'
import { defineRule } from '../types.ts'

/** Layer cache and snapshot options. */

const DEFAULT_CACHE_REPOSITORY = '${CI_REGISTRY_IMAGE}/cache'

const setCacheRepository = (c: ImageView) =>
  edit(c, (draft) => {
    draft.cache.repository = DEFAULT_CACHE_REPOSITORY
  })

const noPushWithoutRepo = defineRule({
  code: 'KC401',
  name: 'cache-no-push-without-repo',
  severity: 'error',
  check: ({ config: { cache, advanced } }) =>
    cache.enabled && advanced.noPush && cache.repository.trim() === ''
      ? [
          {
            fields: ['cache.repository', 'advanced.noPush'],
            params: { repository: DEFAULT_CACHE_REPOSITORY },
            fix: setCacheRepository,
          },
        ]
      : [],
})

const repoInferred = defineRule({
  code: 'KC402',
  name: 'cache-repo-inferred',
  severity: 'info',
  check: ({ config: { cache, advanced } }) =>
    cache.enabled && !advanced.noPush && cache.repository.trim() === ''
      ? [
          {
            fields: ['cache.repository'],
            params: { repository: DEFAULT_CACHE_REPOSITORY },
            fix: setCacheRepository,
          },
        ]
      : [],
})

const optionsWithoutCache = defineRule({
  code: 'KC403',
  name: 'cache-options-without-cache',
  severity: 'info',
  check: ({ config: { cache } }) => {
    if (cache.enabled) return []
    const fields = [
      ...(cache.ttl !== '' ? ['cache.ttl'] : []),
      ...(cache.copyLayers ? ['cache.copyLayers'] : []),
      ...(!cache.runLayers ? ['cache.runLayers'] : []),
    ]
    if (fields.length === 0) return []
    return [
      {
        fields: ['cache.enabled', ...fields],
        params: {},
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            draft.cache.enabled = true
            // kaniko refuses --cache with --no-push unless the cache repository is given.
            if (draft.advanced.noPush && draft.cache.repository.trim() === '') {
              draft.cache.repository = DEFAULT_CACHE_REPOSITORY
            }
          }),
      },
    ]
  },
})

const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 }

/** Seconds in a Go duration like `24h30m` (the schema has checked its form). */
export function durationSeconds(text: string): number {
  let total = 0
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(match[1]) * (UNIT_SECONDS[match[2] as string] ?? 0)
  }
  return total
}

const ttlShort = defineRule({
  code: 'KC404',
  name: 'cache-ttl-short',
  severity: 'info',
  check: ({ config: { cache } }) =>
    cache.enabled && cache.ttl !== '' && durationSeconds(cache.ttl) < 3600
      ? [
          {
            fields: ['cache.ttl'],
            params: { ttl: cache.ttl },
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.cache.ttl = ''
              }),
          },
        ]
      : [],
})

const newRun = defineRule({
  code: 'KC405',
  name: 'use-new-run-experimental',
  severity: 'warning',
  check: ({ config }) =>
    config.snapshot.useNewRun
      ? [
          {
            fields: ['snapshot.useNewRun'],
            params: {},
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.snapshot.useNewRun = false
              }),
          },
        ]
      : [],
})

export const cacheRules = [noPushWithoutRepo, repoInferred, optionsWithoutCache, ttlShort, newRun]
