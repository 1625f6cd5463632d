import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { readSavedWithout, saveWork, WITHOUT_KEY } from './save-work.ts'
import { CONFIG_KEY, readStoredConfig } from './storage.ts'

/** JSON.stringify of the default config of the last version-1 page (0.1.0), as it saved it. */
const V1_DEFAULT_CONFIG_JSON =
  '{"version":1,"executor":{"source":"google","tag":"v1.24.0-debug","customImage":"","overrideEntrypoint":true},"job":{"name":"build","stage":"build","runnerTags":[],"triggers":["tag"],"manual":false},"build":{"context":"${CI_PROJECT_DIR}","dockerfile":"${CI_PROJECT_DIR}/Dockerfile","target":"","buildArgs":[],"labels":[],"ociLabels":false,"skipUnusedStages":false},"destinations":[{"repository":"${CI_REGISTRY_IMAGE}","tags":["${CI_COMMIT_TAG}"]}],"registries":{"gitlabAuth":"auto","dependencyProxy":{"enabled":false,"stripPort":true,"prefixBuildArg":true},"extra":[]},"proxy":{"http":"","https":"","noProxy":"","jobVariables":true,"buildArgs":true,"fromRunner":false},"certificates":{"enabled":false,"source":"file-variable","fileVariable":"CUSTOM_CA_CERT","onlyWhenSet":false,"pem":"","registry":""},"multiArch":{"enabled":false,"platforms":[{"platform":"linux/amd64","runnerTags":["saas-linux-small-amd64"]},{"platform":"linux/arm64","runnerTags":["saas-linux-small-arm64"]}],"tagSuffix":"-ARCHVARIANT","manifestToolImage":"mplatform/manifest-tool:alpine","manifestJobName":"manifest","manifestRunnerTags":[]},"cache":{"enabled":false,"repository":"${CI_REGISTRY_IMAGE}/cache","ttl":"","copyLayers":false,"runLayers":true,"compressedCaching":true},"snapshot":{"mode":"default","singleSnapshot":false,"useNewRun":false,"ignorePaths":[]},"advanced":{"verbosity":"default","logFormat":"default","logTimestamp":false,"pushRetry":0,"imageDownloadRetry":0,"digestFile":"","imageNameWithDigestFile":"","artifactsExpireIn":"1 week","registryMirrors":[],"reproducible":false,"cleanup":false,"noPush":false,"tarPath":"","compression":"default","customPlatform":"","skipPushPermissionCheck":false,"skipTlsVerify":false,"skipTlsVerifyPull":false,"skipTlsVerifyRegistries":[],"insecure":false,"insecurePull":false,"insecureRegistries":[],"extraFlags":[],"extraArgsVariable":""},"output":{"comments":true,"stagesBlock":true,"header":true}}'

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

describe('stored work', () => {
  it('reads back what was stored', () => {
    const storage = memory()
    saveWork(presetConfig('multi-arch'), storage)
    expect(readStoredConfig(storage)).toEqual(presetConfig('multi-arch'))
  })

  it('reads a partial config over the defaults (older pages stored less), as version 1', () => {
    const storage = memory({ [CONFIG_KEY]: JSON.stringify({ job: { name: 'x' } }) })
    const v1Default = parseConfigOrThrow({ version: 1 })
    expect(readStoredConfig(storage)).toEqual({
      ...v1Default,
      images: [{ ...v1Default.images[0], name: 'x' }],
    })
  })

  it('opens the work a version-1 page saved, migrated to version 2 (separate jobs, as it generated)', () => {
    // What the last version-1 page stored: its whole config, `version: 1` included.
    const saved = JSON.parse(V1_DEFAULT_CONFIG_JSON)
    saved.job = { ...saved.job, name: 'container image', triggers: ['default-branch', 'tag'], manual: true }
    saved.build = { ...saved.build, context: '${CI_PROJECT_DIR}/app' }
    saved.multiArch = { ...saved.multiArch, enabled: true }
    saved.advanced = { ...saved.advanced, extraFlags: ['--cleanup'], pushRetry: 2 }
    const opened = readStoredConfig(memory({ [CONFIG_KEY]: JSON.stringify(saved) }))
    expect(opened?.version).toBe(2)
    expect(opened?.pipeline).toMatchObject({
      stage: 'build',
      layout: 'jobs',
      triggers: { on: ['default-branch', 'tag'], manual: 'manual' },
    })
    expect(opened?.images).toHaveLength(1)
    expect(opened?.images[0]).toMatchObject({
      name: 'container image',
      context: '${CI_PROJECT_DIR}/app',
      multiArch: { enabled: true },
      extraFlags: ['--cleanup'],
    })
    expect(opened?.advanced.pushRetry).toBe(2)
  })

  it('saves version 2, and reads it back as it was', () => {
    const storage = memory()
    const config = parseConfigOrThrow({ version: 2, images: [{ name: 'api' }, { name: 'web' }] })
    saveWork(config, storage)
    expect(JSON.parse(storage.getItem(CONFIG_KEY) ?? '{}').version).toBe(2)
    expect(readStoredConfig(storage)).toEqual(config)
  })

  it('ignores what cannot be read, and storage that fails', () => {
    expect(readStoredConfig(memory())).toBeUndefined()
    expect(readStoredConfig(memory({ [CONFIG_KEY]: '{not json' }))).toBeUndefined()
    expect(
      readStoredConfig(memory({ [CONFIG_KEY]: JSON.stringify({ version: 2, images: [] }) })),
    ).toBeUndefined()
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(readStoredConfig(broken)).toBeUndefined()
    expect(() => saveWork(defaultConfig(), broken)).not.toThrow()
    expect(readSavedWithout(broken)).toEqual([])
  })
})

describe('saved work', () => {
  const withProxy = (http: string) => {
    const config = defaultConfig()
    return { ...config, proxy: { ...config.proxy, http } }
  }

  it('keeps no credential-like value, and notes the fields that lost one', () => {
    const storage = memory()
    saveWork(withProxy('http://alice:hunter2@proxy.example.com:3128'), storage)
    expect(storage.getItem(CONFIG_KEY)).not.toContain('hunter2')
    expect(readStoredConfig(storage)?.proxy.http).toBe('http://proxy.example.com:3128')
    expect(readSavedWithout(storage)).toEqual(['proxy.http'])
  })

  it('forgets the note when the work is saved again without credentials', () => {
    const storage = memory()
    saveWork(withProxy('http://alice:hunter2@proxy.example.com:3128'), storage)
    saveWork(withProxy('http://proxy.example.com:3128'), storage)
    expect(storage.getItem(WITHOUT_KEY)).toBeNull()
    expect(readStoredConfig(storage)).toEqual(withProxy('http://proxy.example.com:3128'))
  })

  it('reads only names from the note', () => {
    expect(readSavedWithout(memory({ [WITHOUT_KEY]: '["proxy.http",3,null]' }))).toEqual(['proxy.http'])
    expect(readSavedWithout(memory({ [WITHOUT_KEY]: '{"a":1}' }))).toEqual([])
    expect(readSavedWithout(memory({ [WITHOUT_KEY]: 'not json' }))).toEqual([])
  })
})
