import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ConfigInputV1 as ConfigInput } from '../config/migrate-v1.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { diagnose } from './engine.ts'

/**
 * Real pipelines from public repositories (copied from the team's corpus with their source headers
 * into fixtures/corpus), written as kanikoconfig configs by hand: the bugs their authors shipped must
 * show up. Each case first checks that the file still says what the config models.
 */
const CORPUS = new URL('./fixtures/corpus/', import.meta.url)

interface CorpusCase {
  readonly file: string
  /** Snippets of the file the config is modelled on. */
  readonly says: readonly string[]
  readonly config: ConfigInput
  readonly finds: readonly string[]
  readonly notFinds?: readonly string[]
}

const CASES: CorpusCase[] = [
  {
    file: '18-photoapp-http-proxy-inline-ca-insecure-mirror.yml',
    says: [
      'executor:debug',
      '--skip-tls-verify',
      '--insecure\n',
      '--insecure-registry\n      --insecure-pull',
    ],
    config: {
      executor: { tag: 'debug' },
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}/photographer', tags: ['${CI_COMMIT_SHORT_SHA}'] }],
      certificates: {
        enabled: true,
        source: 'pem',
        pem: '-----BEGIN CERTIFICATE-----\nMIIF\n-----END CERTIFICATE-----',
      },
      advanced: {
        skipTlsVerify: true,
        insecure: true,
        extraFlags: [
          '--insecure-registry',
          '--insecure-pull',
          '--registry-mirror',
          'registry.cloud.rennes.enst-bretagne.fr:5000',
        ],
      },
    },
    // Unpinned image, TLS off, plain HTTP, and --insecure-registry swallowing --insecure-pull.
    finds: ['KC104', 'KC330', 'KC331', 'KC615'],
  },
  {
    file: '22-r2devops-hub-docker-build-snapshotmode-newrun.yml',
    says: [
      'IMAGE_TAG: "v1.8.1-debug"',
      '--use-new-run',
      '--snapshotMode=${DOCKER_SNAPSHOT_MODE}',
      '--verbosity=',
    ],
    config: {
      executor: { tag: 'v1.8.1-debug' },
      snapshot: { useNewRun: true },
      advanced: { extraFlags: ['--snapshotMode=redo', '--verbosity=info'] },
    },
    finds: ['KC103', 'KC405', 'KC610'],
    // v1.8.1 has no --snapshot-mode yet: renaming the deprecated flag would break it.
    notFinds: ['KC613', 'KC106'],
  },
  {
    file: '06-rust-webhook-transformer-parallel-matrix-registries.yml',
    says: ['executor:v1.9.0-debug', '--cleanup'],
    config: { executor: { tag: 'v1.9.0-debug' }, advanced: { cleanup: true } },
    finds: ['KC604', 'KC105'],
    notFinds: ['KC103', 'KC104'],
  },
  {
    file: '30-usepa-webcms-ecr-credstore-cache-repo-matrix-targets.yml',
    says: ['kaniko-executor:debug', '--snapshotMode=redo', '--use-new-run', 'ecr-login'],
    config: {
      executor: { source: 'custom', customImage: 'registry.epa.gov/dso/infra/kaniko-executor:debug' },
      destinations: [{ repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/webcms', tags: ['latest'] }],
      registries: {
        extra: [{ host: '123456789012.dkr.ecr.us-east-1.amazonaws.com', credentialHelper: 'ecr-login' }],
      },
      advanced: { extraFlags: ['--snapshotMode=redo', '--use-new-run'] },
    },
    finds: ['KC104', 'KC610', 'KC613'],
    // A vendor's image: its tag says nothing about a shell, and its flags may be its own.
    notFinds: ['KC101', 'KC611', 'KC343'],
  },
  {
    file: '08-gitlab-official-kaniko-template.yml',
    says: ['gcr.io/kaniko-project/executor:debug'],
    config: { executor: { tag: 'debug' } },
    finds: ['KC104', 'KC105'],
  },
]

describe('real pipelines (fixtures/corpus)', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_, c) => {
    const text = readFileSync(new URL(c.file, CORPUS), 'utf8')
    for (const snippet of c.says) expect(text, snippet).toContain(snippet)
    const codes = diagnose(parseConfigOrThrow(structuredClone(c.config))).map((f) => f.code)
    for (const code of c.finds) expect(codes, code).toContain(code)
    for (const code of c.notFinds ?? []) expect(codes, code).not.toContain(code)
  })
})
