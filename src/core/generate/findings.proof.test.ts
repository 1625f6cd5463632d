import { describe, expect, it } from 'vitest'
import { runJob } from '../../testing/chroot-runner.ts'
import { ciVariables } from '../../testing/ci-env.ts'
import { extractPipeline, jobByName } from '../../testing/extract.ts'
import { validatePipelines } from '../../testing/gitlab-ci-local.ts'
import { provePipeline } from '../../testing/proof.ts'
import { formatFindings, shellcheckScripts } from '../../testing/shellcheck.ts'
import type { ConfigInputV1 as ConfigInput } from '../config/migrate-v1.ts'
import { parseConfig, parseConfigOrThrow } from '../config/parse.ts'
import type {} from '../config/schema.ts'
import { diagnose } from '../diagnostics/index.ts'
import { generate } from './index.ts'

/**
 * The smallest inputs for each problem the random proofs found, so a failure names its cause. Each
 * asserts what a working pipeline needs, not what the generator happens to print.
 */

describe('multi-arch tags', () => {
  it('keep a tag’s trailing $NAME reference when the suffix starts with a name character', () => {
    // `$CI_COMMIT_TAG` + `_ARCH` must not become the variable `CI_COMMIT_TAG_amd64`.
    const config = parseConfigOrThrow({
      destinations: [{ repository: 'registry.example.com/app', tags: ['$CI_COMMIT_TAG'] }],
      multiArch: { enabled: true, tagSuffix: '_ARCH', platforms: [{ platform: 'linux/amd64' }] },
    })
    const variables = ciVariables(config)
    const pipeline = extractPipeline(generate(config))
    const build = runJob(jobByName(pipeline, 'build-amd64'), { variables })
    expect(build.executorCalls[0]?.slice(-2)).toEqual([
      '--destination',
      'registry.example.com/app:v1.2.3_amd64',
    ])
    const manifest = runJob(jobByName(pipeline, 'manifest'), { variables })
    const call = manifest.manifestToolCalls[0] ?? []
    expect(call.slice(call.indexOf('--template'))).toEqual([
      '--template',
      'registry.example.com/app:v1.2.3_ARCH',
      '--target',
      'registry.example.com/app:v1.2.3',
    ])
  })
})

describe('manifest job credentials', () => {
  it('never put a password on manifest-tool’s command line, with or without extra registries', () => {
    for (const extra of [[], [{ host: 'docker.io' }]]) {
      const config = parseConfigOrThrow({ multiArch: { enabled: true }, registries: { extra } })
      const password = 'the-registry-password-1234'
      const variables = { ...ciVariables(config), CI_REGISTRY_PASSWORD: password }
      const manifest = runJob(jobByName(extractPipeline(generate(config)), 'manifest'), { variables })
      expect(manifest.exitCode).toBe(0)
      expect(manifest.manifestToolCalls.length).toBeGreaterThan(0)
      for (const call of manifest.manifestToolCalls) {
        expect(call.join(' ')).not.toContain(password)
        expect(call).not.toContain('--password')
        expect(call.slice(0, 2)).toEqual(['--docker-cfg', '/tmp/manifest-tool-docker'])
      }
      // The config file holds it instead.
      const written = JSON.parse(manifest.files['/tmp/manifest-tool-docker/config.json'] ?? '{}')
      const auth = written.auths?.['registry.example.com:5050']?.auth ?? ''
      expect(Buffer.from(auth, 'base64').toString()).toBe(`gitlab-ci-token:${password}`)
    }
  })

  it('name credential helpers the manifest-tool alpine image has (gcr’s is docker-credential-gcloud there)', () => {
    const config = parseConfigOrThrow({
      registries: { extra: [{ host: 'gcr.io', credentialHelper: 'gcr' }] },
      multiArch: { enabled: true },
    })
    expect(provePipeline(config, generate(config)).problems).toEqual([])
  })
})

describe('the generator’s own shell variables', () => {
  it('do not overwrite CI/CD variables the config names as credentials', () => {
    const config = parseConfigOrThrow({
      registries: {
        extra: [
          { host: 'a.example.com', usernameVariable: 'A_USER', passwordVariable: 'A_PASSWORD' },
          { host: 'b.example.com', usernameVariable: 'B_USER', passwordVariable: 'REGISTRY_1_AUTH' },
        ],
      },
    })
    const variables = {
      ...ciVariables(config),
      A_USER: 'a',
      A_PASSWORD: 'pa',
      B_USER: 'b',
      REGISTRY_1_AUTH: 'pb',
    }
    expect(provePipeline(config, generate(config), { variables }).problems).toEqual([])
  })

  it('do not leak registry credentials into a build arg that names a CI/CD variable of the same name', () => {
    const config = parseConfigOrThrow({
      registries: { dependencyProxy: { enabled: true } },
      build: { buildArgs: [{ name: 'TOKEN', value: '${DEPENDENCY_PROXY_AUTH}' }] },
    })
    const variables = { ...ciVariables(config), DEPENDENCY_PROXY_AUTH: 'the project’s own value' }
    expect(provePipeline(config, generate(config), { variables }).problems).toEqual([])
  })
})

describe('pasted certificates', () => {
  it('are shellcheck clean even with $ or backquotes in the text (SC2016)', () => {
    const config = parseConfigOrThrow({
      certificates: {
        enabled: true,
        source: 'pem',
        pem: '-----BEGIN CERTIFICATE-----\nMII$x`y`\n-----END CERTIFICATE-----',
      },
    })
    const proof = provePipeline(config, generate(config))
    expect(proof.problems).toEqual([])
    const findings = [...shellcheckScripts(proof.scripts).values()].flat()
    expect(formatFindings(findings)).toBe('')
  })
})

describe('configs the schema accepts', () => {
  /** Each with the field diagnostics must point at when the pipeline cannot work as configured. */
  const accepted: Record<string, { input: ConfigInput; field: string }> = {
    'a manifest job named like a build job': {
      input: { multiArch: { enabled: true, manifestJobName: 'build-amd64' } },
      field: 'images[0].multiArch.manifestJobName',
    },
    'a custom executor image left empty': {
      input: { executor: { source: 'custom' } },
      field: 'executor.customImage',
    },
    'a stage of its own without the stages block': {
      input: { job: { stage: 'publish' }, output: { stagesBlock: false } },
      field: 'pipeline.stage',
    },
  }

  it('never make generate() throw, and give a pipeline gitlab-ci-local accepts or one diagnostics flag', async () => {
    const generated: { name: string; yaml: string; flagged: boolean }[] = []
    const outcome: Record<string, string> = {}
    for (const [name, { input, field }] of Object.entries(accepted)) {
      const parsed = parseConfig(input)
      if (!parsed.ok) {
        outcome[name] = 'ok: refused by the schema'
        continue
      }
      const flagged = diagnose(parsed.config).some((f) => f.severity !== 'info' && f.fields.includes(field))
      try {
        generated.push({ name, yaml: generate(parsed.config), flagged })
      } catch (error) {
        outcome[name] = `generate() throws: ${String(error)}`
      }
    }
    const results = await validatePipelines(generated.map((g) => g.yaml))
    generated.forEach((g, i) => {
      const result = results[i]
      if (result?.ok) outcome[g.name] = 'ok: accepted'
      else if (g.flagged) outcome[g.name] = 'ok: rejected, and diagnostics flag it'
      else outcome[g.name] = `rejected, unflagged: ${result?.error.split('\n').slice(0, 3).join(' ')}`
    })
    expect(Object.entries(outcome).filter(([, r]) => !r.startsWith('ok:'))).toEqual([])
  })
})

describe('a CA only when its variable is set', () => {
  const config = parseConfigOrThrow({
    certificates: {
      enabled: true,
      fileVariable: 'PRIVATE_CA',
      onlyWhenSet: true,
      registry: 'registry.example.com',
    },
    multiArch: { enabled: true, platforms: [{ platform: 'linux/amd64' }] },
  })
  const yaml = generate(config)
  const withCa = ciVariables(config)
  const { PRIVATE_CA: _, ...withoutCa } = withCa

  it('appends the CA and passes --registry-certificate where the variable is set', () => {
    const proof = provePipeline(config, yaml, { variables: withCa })
    expect(proof.problems).toEqual([])
    expect(proof.calls.get('build-amd64')?.[0]).toContain('--registry-certificate')
    expect(formatFindings([...shellcheckScripts(proof.scripts).values()].flat())).toBe('')
  })

  it('skips both where it is unset or empty, and the jobs still succeed', () => {
    for (const variables of [withoutCa, { ...withoutCa, PRIVATE_CA: '' }]) {
      const proof = provePipeline(config, yaml, { variables })
      expect(proof.problems).toEqual([])
      expect(proof.calls.get('build-amd64')?.[0]).not.toContain('--registry-certificate')
      const build = runJob(jobByName(extractPipeline(yaml), 'build-amd64'), { variables })
      expect(build.exitCode).toBe(0)
      expect(build.files['/kaniko/ssl/certs/ca-certificates.crt']).toBeUndefined()
    }
  })

  it('is needed: without it an unset variable fails the job', () => {
    const always = parseConfigOrThrow({ certificates: { enabled: true, fileVariable: 'PRIVATE_CA' } })
    const build = runJob(jobByName(extractPipeline(generate(always)), 'build'), { variables: withoutCa })
    expect(build.exitCode).not.toBe(0)
  })
})

describe('a proxy the runner sets', () => {
  const runnerProxy = {
    http_proxy: 'http://proxy.corp:3128',
    https_proxy: 'http://proxy.corp:3128',
    no_proxy: '.corp',
  }

  it('adds no job variables and passes the build args by name; kaniko sees the runner’s values', () => {
    const config = parseConfigOrThrow({ proxy: { fromRunner: true } })
    const yaml = generate(config)
    const variables = { ...ciVariables(config), ...runnerProxy }
    const proof = provePipeline(config, yaml, { variables })
    expect(proof.problems).toEqual([])
    const job = jobByName(extractPipeline(yaml), 'build')
    expect(job.variables).toEqual({})
    const run = runJob(job, { variables })
    expect(run.executorCalls[0]?.slice(-6)).toEqual([
      '--build-arg',
      'http_proxy',
      '--build-arg',
      'https_proxy',
      '--build-arg',
      'no_proxy',
    ])
    expect(run.invocations[0]?.env.https_proxy).toBe(runnerProxy.https_proxy)
  })

  it('is what diagnostics suggest for `$http_proxy` values, instead of job variables (KC301)', () => {
    const config = parseConfigOrThrow({
      proxy: { http: '$http_proxy', https: '$https_proxy', jobVariables: false },
    })
    const codes = diagnose(config).map((f) => f.code)
    expect(codes).not.toContain('KC301')
    const fix = diagnose(config).find((f) => f.code === 'KC305')?.fix
    const fixed = fix?.apply(config)
    expect(fixed?.proxy).toMatchObject({ fromRunner: true, http: '', https: '' })
    expect(diagnose(fixed as typeof config).filter((f) => f.code.startsWith('KC30'))).toEqual([])
  })
})

describe('files the job writes', () => {
  it('are kept as artifacts when inside the project directory; gitlab-ci-local accepts them', async () => {
    const configs = [
      parseConfigOrThrow({ advanced: { noPush: true, tarPath: 'image.tar' } }),
      parseConfigOrThrow({
        advanced: {
          digestFile: '${CI_PROJECT_DIR}/out/digest',
          imageNameWithDigestFile: '/tmp/names',
          artifactsExpireIn: '3 days and 4 hours',
        },
      }),
    ]
    const yamls = configs.map((c) => generate(c))
    expect(yamls.map((y) => jobByName(extractPipeline(y), 'build').artifacts)).toEqual([
      { paths: ['image.tar'], expireIn: '1 week' },
      // /tmp/names is outside: not an artifact (KC211 warns about it).
      { paths: ['out/digest'], expireIn: '3 days and 4 hours' },
    ])
    configs.forEach((c, i) => {
      expect(provePipeline(c, yamls[i] as string).problems).toEqual([])
    })
    expect(diagnose(configs[1] as (typeof configs)[0]).map((f) => f.code)).toContain('KC211')
    const results = await validatePipelines(yamls)
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual(['ok', 'ok'])
  })
})
