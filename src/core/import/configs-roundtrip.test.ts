import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config } from '../config/schema.ts'
import { generate } from '../generate/index.ts'
import { importPipeline } from './index.ts'
import { soleVariable } from './mapping/values.ts'
import { CANONICAL_RULES, canonical } from './test-support/canonical.ts'
import { outsideRoundTrip, roundTripConfig } from './test-support/roundtrip-configs.ts'

/** Runs of the property (each imports one generated pipeline: sh-syntax makes a run cost ~20 ms). */
const RUNS = Number(process.env.IMPORT_ROUNDTRIP_RUNS ?? 80)
/**
 * The seed (fixed, so a failure is the same failure next time; another explores other configs). Its
 * default runs must draw every shape counted below: 1 since hostile destinations, release, CA,
 * output files, caches and needs are drawn (seed 12 no longer draws a matrix job in 120 runs).
 */
const SEED = Number(process.env.IMPORT_ROUNDTRIP_SEED ?? 1)

/** Two images that both set MODE, the second after a variable only it has. */
const SHARED_VARIABLE_LAST = [
  { name: 'a', variables: [{ name: 'MODE', value: 'x' }] },
  {
    name: 'b',
    variables: [
      { name: 'ENV', value: '1' },
      { name: 'MODE', value: 'x' },
    ],
  },
]

/** Forms the importer reads back since 2026-11-30 (each failed before), and what they sit beside. */
const FORMS: Record<string, object> = {
  'DOCKER_AUTH_CONFIG copied': { registries: { dockerAuthConfig: { source: 'variable' } } },
  'DOCKER_AUTH_CONFIG from a File variable': {
    registries: { dockerAuthConfig: { source: 'file-variable', variable: 'AUTH_FILE' } },
  },
  'DOCKER_AUTH_CONFIG merged with a registry': {
    registries: { dockerAuthConfig: { source: 'variable' }, extra: [{ host: 'ghcr.io' }] },
  },
  'DOCKER_AUTH_CONFIG (File variable) merged with a registry': {
    registries: { dockerAuthConfig: { source: 'file-variable' }, extra: [{ host: 'ghcr.io' }] },
  },
  'GitLab registry left to kaniko’s helper beside another registry': {
    registries: { gitlabAuth: 'helper', extra: [{ host: 'ghcr.io', credentialHelper: 'ecr-login' }] },
  },
  'GitLab registry left to the helper beside the Dependency Proxy': {
    registries: { gitlabAuth: 'helper', dependencyProxy: { enabled: true } },
  },
  'the runner’s proxy': { proxy: { fromRunner: true } },
  'web (and API) pipelines': { pipeline: { triggers: { on: ['web', 'tag'] } } },
  'an executor tag from a variable': { executor: { tagVariable: 'KANIKO_TAG', source: 'osscontainertools' } },
  'a template of another name': {
    images: [{ name: 'a' }, { name: 'b', context: 'web' }],
    pipeline: { layout: 'extends', templateName: '.build-template' },
  },
  'a matrix the config writes as extends (runner tags)': {
    images: [{ name: 'a', runnerTags: ['docker'] }, { name: 'b' }],
    pipeline: { layout: 'matrix' },
  },
  'a release job': { release: { enabled: true, toTags: ['stable', '${CI_COMMIT_TAG}'] } },
  'a release beside a multi-arch image': {
    release: { enabled: true },
    images: [{ multiArch: { enabled: true } }],
  },
  'a multi-arch image pushed to an insecure registry (manifest-tool --insecure)': {
    images: [{ multiArch: { enabled: true } }],
    advanced: { insecure: true },
  },
  'a multi-arch image in the matrix layout (runner tags per cell)': {
    images: [{ multiArch: { enabled: true } }],
    pipeline: { layout: 'matrix' },
  },
  'a matrix job named after another template': {
    images: [{ multiArch: { enabled: true } }],
    pipeline: { layout: 'matrix', templateName: '.build-template' },
  },
  'a variable every image has, after one only some have': {
    images: SHARED_VARIABLE_LAST,
    pipeline: { layout: 'jobs' },
  },
  'a variable every image has, after one only some have (in the template)': {
    images: SHARED_VARIABLE_LAST,
    pipeline: { layout: 'extends' },
  },
  'a release from an insecure registry (crane --insecure tag)': {
    release: { enabled: true },
    advanced: { insecure: true },
  },
  'DOCKER_AUTH_CONFIG copied as it is beside a multi-arch image (its manifest job does not merge)': {
    images: [{ multiArch: { enabled: true } }],
    registries: { dockerAuthConfig: { source: 'file-variable', merge: false } },
  },
  'the Dependency Proxy’s port stripped, without the prefix build argument': {
    registries: { dependencyProxy: { enabled: true, stripPort: true, prefixBuildArg: false } },
  },
  'the Dependency Proxy beside DOCKER_AUTH_CONFIG copied as it is (read as its prefix build argument)': {
    registries: {
      dependencyProxy: { enabled: true, stripPort: false, prefixBuildArg: true },
      dockerAuthConfig: { source: 'variable', merge: false },
    },
    output: { comments: false },
  },
  'the CA from PEM text': {
    certificates: {
      enabled: true,
      source: 'pem',
      pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    },
  },
  'the CA from a base64 variable (printf | base64 -d)': {
    certificates: { enabled: true, source: 'base64-variable', base64Variable: 'CA_B64' },
  },
  'the CA from a base64 variable, only when set': {
    certificates: { enabled: true, source: 'base64-variable', onlyWhenSet: true },
  },
  'two CAs appended in one group ({ cat A; echo; cat B; } >> bundle)': {
    certificates: { enabled: true, more: [{ source: 'file-variable', value: 'SECOND_CA' }] },
  },
  'an optional first CA before another (its line break inside its guard)': {
    certificates: {
      enabled: true,
      onlyWhenSet: true,
      source: 'base64-variable',
      more: [{ source: 'file-variable', value: 'SECOND_CA' }],
    },
  },
  'the same CA for two registries, another CA between (appended once, flags in order)': {
    certificates: {
      enabled: true,
      fileVariable: 'MY_CA',
      registry: 'ghcr.io',
      more: [
        {
          source: 'pem',
          value: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
          registry: 'quay.io',
        },
        { source: 'file-variable', value: 'MY_CA', registry: 'registry.example.com:5000' },
      ],
    },
  },
  'the same CA right after itself, for two registries, before another CA for a registry': {
    certificates: {
      enabled: true,
      source: 'path',
      path: '/etc/ssl/certs/corp.pem',
      registry: 'ghcr.io',
      more: [
        { source: 'path', value: '/etc/ssl/certs/corp.pem', registry: 'quay.io' },
        { source: 'base64-variable', value: 'CA_B64', registry: 'docker.io' },
      ],
    },
  },
  'a CA path that is one variable beside a manifest job (which leaves it out; read as that path)': {
    images: [{ multiArch: { enabled: true } }],
    certificates: { enabled: true, source: 'path', path: '$CA_FILE', registry: 'ghcr.io' },
  },
  'a CA path `${X}` and a File variable beside a release job (only the File variable’s CA in it)': {
    release: { enabled: true },
    certificates: {
      enabled: true,
      fileVariable: 'MY_CA',
      more: [
        { source: 'path', value: '${CA_PATH}' },
        { source: 'path', value: '${CA_PATH}', registry: 'ghcr.io' },
      ],
    },
  },
  'the same CA twice in one job': {
    certificates: {
      enabled: true,
      source: 'base64-variable',
      base64Variable: 'CA_B64',
      more: [{ source: 'base64-variable', value: 'CA_B64' }],
    },
  },
  'the Dependency Proxy (port stripped) beside DOCKER_AUTH_CONFIG copied as it is': {
    registries: {
      dependencyProxy: { enabled: true, stripPort: true, prefixBuildArg: true },
      dockerAuthConfig: { source: 'variable', merge: false },
    },
  },
  'two extra registries, a login and a helper': {
    registries: {
      extra: [{ host: 'ghcr.io' }, { host: 'registry.example.com:5000', credentialHelper: 'gcr' }],
    },
  },
  'another expire_in for the image tarball': {
    advanced: { artifactsExpireIn: '30 mins', tarPath: 'image.tar' },
  },
  'a literal user name with `$` (Harbor robot account)': {
    registries: { extra: [{ host: 'harbor.example.com', usernameLiteral: 'robot$project+ci' }] },
  },
  'the gcr helper’s key variable (exported by the script)': {
    registries: {
      extra: [
        {
          host: 'europe-docker.pkg.dev',
          credentialHelper: 'gcr',
          googleCredentialsFileVariable: 'GCP_SA_KEY',
        },
      ],
    },
  },
  'another expire_in': { advanced: { artifactsExpireIn: '3 days', digestFile: 'x' } },
  'comments without a header or stages block': { output: { header: false, stagesBlock: false } },
  'a CA for one registry, only when set (${X:+--registry-certificate})': {
    certificates: { enabled: true, fileVariable: 'MY_CA', onlyWhenSet: true, registry: 'ghcr.io' },
  },
  'a base64 CA for one registry, only when set': {
    certificates: { enabled: true, source: 'base64-variable', onlyWhenSet: true, registry: 'ghcr.io' },
  },
  'images with needs of their own beside the pipeline’s `needs: []`': {
    images: [{ name: 'a', needs: ['test'] }, { name: 'b' }],
    pipeline: { job: { needs: [] } },
  },
  'images with different cache repositories (one the pipeline’s, not the default)': {
    images: [{ name: 'a', cacheRepository: '${CI_REGISTRY_IMAGE}/cache/app' }, { name: 'b' }],
    cache: { enabled: true, repository: 'registry.example.com/cache' },
  },
  'an image with a cache repository of its own beside one without (the pipeline’s is empty)': {
    images: [{ name: 'a', cacheRepository: '${CI_REGISTRY_IMAGE}/cache/app' }, { name: 'b' }],
    cache: { enabled: true, repository: '' },
  },
  'a free-form arguments variable with several images': {
    images: [{ name: 'a', extraArgsVariable: 'KANIKO_EXTRA_ARGS' }, { name: 'b' }],
  },
  'the same extra CA for two registries': {
    certificates: {
      enabled: true,
      more: [
        { source: 'file-variable', value: 'SECOND_CA', registry: '' },
        { source: 'file-variable', value: 'SECOND_CA', registry: 'ghcr.io' },
      ],
    },
  },
  'hostile text: `$$` (a dollar) in job variables and the proxy': {
    pipeline: { job: { variables: [{ name: 'PRICE', value: '5$ ${x:-y} $(id) $CI_COMMIT_TAG' }] } },
    proxy: { http: 'http://u:pa$@proxy:3128', jobVariables: true, buildArgs: false },
  },
  'hostile text: a custom executor image with a variable': {
    executor: { source: 'custom', customImage: '${CI_REGISTRY}/tools/kaniko:debug' },
  },
  'hostile text: dollars in the custom executor image (written `$$`, as GitLab Runner reads `image:`)': {
    executor: { source: 'custom', customImage: 'registry.example.com/a$$b$/kaniko:${KANIKO_TAG}$' },
  },
  'hostile text: values that start with `-` (written `--flag=value`)': {
    images: [
      {
        context: '-ctx',
        target: '--no-push',
        labels: [{ key: '-k', value: 'v' }],
        destinations: [
          { repository: '-r', tags: ['-t'] },
          { repository: '--x', when: 'tag', tags: ['a'] },
        ],
      },
    ],
    advanced: { tarPath: '--image.tar' },
  },
  'hostile text: a `#` line inside a block scalar is no comment': {
    images: [{ labels: [{ key: 'maintainer', value: '\n#' }] }],
    output: { comments: false, header: false },
  },
  'hostile text: a registry host with a variable in it': {
    registries: { extra: [{ host: 'mirror.${REGISTRY_DOMAIN}:5000' }] },
  },
  'hostile text: an image named like a variable, in the matrix layout': {
    images: [{ name: '$CI_PROJECT_DIR', multiArch: { enabled: true } }],
    pipeline: { layout: 'matrix' },
  },
  'hostile text: hosts with variables, a login’s before a helper’s (checked as config.json lists them)': {
    registries: {
      extra: [
        { host: 'mirror.${REGISTRY_DOMAIN}:5000' },
        { host: '$HELPER_HOST', credentialHelper: 'ecr-login' },
        { host: '${LOGIN_HOST}' },
      ],
    },
  },
  'hostile text: a literal user name `$X` (written `"\\$X"`, no variable)': {
    registries: { extra: [{ host: 'ghcr.io', usernameLiteral: '$CI_PROJECT_DIR' }] },
  },
  'hostile text: ignore paths with spaces': { snapshot: { ignorePaths: [' -- ', '/var/my cache'] } },
  'a multi-arch image pushed in some pipelines only': {
    images: [
      {
        multiArch: { enabled: true },
        destinations: [
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
          { repository: 'docker.io/example/app', tags: ['latest'], when: 'default-branch' },
          { repository: 'ghcr.io/acme/tool', tags: ['${CI_COMMIT_SHORT_SHA}'] },
        ],
      },
    ],
  },
  'a multi-arch image beside another, each pushing first in some pipelines only': {
    images: [
      {
        name: 'a',
        destinations: [
          { repository: 'docker.io/example/app', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'] },
        ],
      },
      {
        name: 'b',
        multiArch: { enabled: true },
        destinations: [
          { repository: 'docker.io/example/app', tags: ['${CI_COMMIT_TAG}'], when: 'other-branches' },
          { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'] },
        ],
      },
    ],
  },
  'a matrix job pushing in some pipelines only (each destination’s place numbered)': {
    images: ['a', 'b'].map((name) => ({
      name,
      destinations: [
        { repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['latest'], when: 'tag' },
        { repository: `docker.io/example/${name}`, tags: ['v1', 'stable'] },
      ],
    })),
    pipeline: { layout: 'matrix' },
  },
  'a matrix job pushing in some pipelines only, the same destination in every cell': {
    images: ['a', 'b'].map((name) => ({
      name,
      destinations: [
        { repository: 'ghcr.io/acme/tool', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
        { repository: 'docker.io/example/app', tags: ['latest'], when: 'default-branch' },
        { repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['v1'] },
      ],
    })),
    pipeline: { layout: 'matrix' },
  },
  'hostile text: a multi-arch tag `$X` in the matrix layout (its cell shows it unbraced)': {
    images: [
      {
        multiArch: { enabled: true },
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['$CI_PROJECT_DIR', '${CI_COMMIT_TAG}'] }],
      },
    ],
    pipeline: { layout: 'matrix' },
  },
  'a multi-arch tag `$X` in the matrix layout before a suffix that would lengthen its name (braced)': {
    images: ['a', 'b'].map((name) => ({
      name,
      context: name,
      destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['$VERSION'] }],
      multiArch: { enabled: true, tagSuffix: 'ARCH', manifestJobName: `${name}-manifest` },
    })),
    pipeline: { layout: 'matrix' },
  },
  'hostile text: a multi-arch reference pushed twice, `$X` and `${X}` (the matrix layout)': {
    images: [
      {
        multiArch: { enabled: true },
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['$CI_COMMIT_TAG', '${CI_COMMIT_TAG}'] }],
      },
    ],
    pipeline: { layout: 'matrix' },
  },
  'hostile text: one reference pushed twice (`$X` and `${X}` are one text in the script)': {
    images: [
      {
        destinations: [{ repository: '${CI_REGISTRY_IMAGE}', tags: ['$CI_COMMIT_TAG', '${CI_COMMIT_TAG}'] }],
      },
    ],
  },
  'hostile text: an output file with `$X` (its artifacts path shows it unbraced)': {
    advanced: { tarPath: 'image-$CI_JOB_ID.tar', digestFile: '${CI_PROJECT_DIR}/$CI_JOB_ID/digest' },
  },
  'hostile text: a CA registry with `{`, only when set (`${X:+"{…"}` ends at its own brace)': {
    certificates: { enabled: true, onlyWhenSet: true, registry: '{$CI_PROJECT_DIR' },
    advanced: { skipTlsVerifyRegistries: ['registry.example.com'] },
  },
  'hostile text: a CA registry starting with `-`, only when set (`${X:+--registry-certificate=…}`)': {
    certificates: { enabled: true, onlyWhenSet: true, registry: '-1:20.5yes' },
  },
  'hostile text: PEM text with spaces and line breaks around it (written trimmed)': {
    certificates: {
      enabled: true,
      source: 'pem',
      pem: ' \n-----BEGIN CERTIFICATE-----\nA$B"C`D\\E\n-----END CERTIFICATE-----\n\n',
    },
  },
  'a pipeline variable an image sets again (the image’s value wins)': {
    pipeline: { job: { variables: [{ name: 'MODE', value: 'x' }] } },
    images: [{ variables: [{ name: 'MODE', value: 'y' }] }],
  },
  'a pipeline variable one of two images sets again': {
    pipeline: {
      job: {
        variables: [
          { name: 'MODE', value: 'x' },
          { name: 'DEPTH', value: '1' },
        ],
      },
      layout: 'jobs',
    },
    images: [{ name: 'a', variables: [{ name: 'MODE', value: 'y' }] }, { name: 'b' }],
  },
}

/** Two configs that generate the same bytes: the importer reads the canonical one (by design). */
const SAME_PIPELINE: Record<string, [object, object]> = {
  'images with different cache repositories: which one is the pipeline’s': [
    {
      images: [{ name: 'a', cacheRepository: '${CI_REGISTRY_IMAGE}/cache/app' }, { name: 'b' }],
      cache: { enabled: true, repository: 'registry.example.com/cache' },
    },
    {
      images: [
        { name: 'a', cacheRepository: '${CI_REGISTRY_IMAGE}/cache/app' },
        { name: 'b', cacheRepository: 'registry.example.com/cache' },
      ],
      cache: { enabled: true },
    },
  ],
  'a CA path that is one variable, and that File variable (`cat "${X}"`)': [
    {
      certificates: {
        enabled: true,
        source: 'path',
        path: '$CA_FILE',
        registry: 'ghcr.io',
        more: [{ source: 'path', value: '${CA_2}' }],
      },
    },
    {
      certificates: {
        enabled: true,
        source: 'file-variable',
        fileVariable: 'CA_FILE',
        registry: 'ghcr.io',
        more: [{ source: 'file-variable', value: 'CA_2' }],
      },
    },
  ],
  'the same CA twice: which one has the registry': [
    {
      certificates: {
        enabled: true,
        more: [
          { source: 'path', value: '/etc/ssl/certs/two.pem', registry: '' },
          { source: 'path', value: '/etc/ssl/certs/two.pem', registry: 'ghcr.io' },
        ],
      },
    },
    {
      certificates: {
        enabled: true,
        more: [
          { source: 'path', value: '/etc/ssl/certs/two.pem', registry: 'ghcr.io' },
          { source: 'path', value: '/etc/ssl/certs/two.pem', registry: '' },
        ],
      },
    },
  ],
}

/**
 * Issue 12, item 7 for random version-2 configs: importing the generated pipeline gives back the
 * config, and the pipeline regenerated from it is byte-identical. "The config" is `canonical(config)`:
 * the fields the pipeline does not show set to what the importer reads back (test-support/
 * canonical.ts); the property checks that this changes no byte of the pipeline. Both configs are
 * parsed configs (every default filled), compared whole.
 */
describe('import(generate(config)) for random version-2 configs', () => {
  it.each(Object.keys(FORMS))('%s: the same config, the same pipeline', async (name) => {
    const config = parseConfigOrThrow({ version: 2, images: [{}], ...FORMS[name] })
    const yaml = generate(config)
    const result = await importPipeline(yaml)
    if (!result.ok || !result.config) return expect.fail(`import failed: ${JSON.stringify(result)}`)
    expect(result.config).toEqual(canonical(config))
    expect(generate(result.config)).toBe(yaml)
    expect(result.unmapped.filter((entry) => entry.code === 'ca-unknown-source')).toEqual([])
  })

  it.each(Object.keys(SAME_PIPELINE))('two configs, one pipeline: %s', async (name) => {
    const [a, b] = (SAME_PIPELINE[name] as [object, object]).map((form) =>
      parseConfigOrThrow({ version: 2, images: [{}], ...form }),
    ) as [Config, Config]
    expect(a).not.toEqual(b)
    const yaml = generate(a)
    expect(generate(b)).toBe(yaml)
    expect(canonical(a)).toEqual(canonical(b))
    const result = await importPipeline(yaml)
    expect(result.ok && result.config).toEqual(canonical(a))
  })

  it('gives back the config and the very same pipeline', async () => {
    const seen = {
      configs: 0,
      images: 0,
      layouts: new Set<string>(),
      multiArch: 0,
      release: 0,
      ca: 0,
      severalCas: 0,
      auth: 0,
      dockerAuthConfig: 0,
      dependencyProxy: 0,
      caForOneRegistryWhenSet: 0,
      sameCaTwice: 0,
      needsOfTheirOwn: 0,
      cachesOfTheirOwn: 0,
      freeFormSeveralImages: 0,
      matrixPushedInSomePipelines: 0,
      caPathOneVariableBesideCompanion: 0,
    }
    await fc.assert(
      fc.asyncProperty(
        roundTripConfig.filter((config) => outsideRoundTrip(config) === null),
        async (config) => {
          const yaml = generate(config)
          const expected = canonical(config)
          expect(generate(expected), 'canonical() must not change the pipeline').toBe(yaml)
          const result = await importPipeline(yaml)
          if (!result.ok || !result.config) return expect.fail(`import failed: ${JSON.stringify(result)}`)
          expect(differences(result.config, expected), 'fields read back otherwise').toEqual([])
          expect(generate(result.config)).toBe(yaml)
          // Every CA the generator writes is one the importer reads (no false "CA written from …"),
          // and every variable it exports is one the config holds.
          expect(
            result.unmapped.filter((entry) =>
              ['ca-unknown-source', 'script-environment-lost'].includes(entry.code),
            ),
          ).toEqual([])
          seen.configs += 1
          seen.images += config.images.length
          seen.layouts.add(expected.pipeline.layout)
          if (config.images.some((image) => image.multiArch.enabled)) seen.multiArch += 1
          if (config.release.enabled) seen.release += 1
          if (config.certificates.enabled) seen.ca += 1
          if (config.certificates.enabled && config.certificates.more.length > 0) seen.severalCas += 1
          if (config.registries.dockerAuthConfig.source !== 'none') seen.dockerAuthConfig += 1
          if (config.registries.dependencyProxy.enabled) seen.dependencyProxy += 1
          if (config.registries.extra.length > 0 || config.registries.dockerAuthConfig.source !== 'none')
            seen.auth += 1
          const { certificates } = config
          if (certificates.enabled && certificates.onlyWhenSet && certificates.registry)
            seen.caForOneRegistryWhenSet += 1
          const sources = certificates.more.map((more) => more.source)
          if (certificates.enabled && new Set(sources).size < sources.length) seen.sameCaTwice += 1
          if (new Set(expected.images.map((i) => JSON.stringify(i.needs))).size > 1) seen.needsOfTheirOwn += 1
          if (expected.cache.enabled && expected.images.some((i) => i.cacheRepository))
            seen.cachesOfTheirOwn += 1
          if (config.images.length > 1 && config.images.some((i) => i.extraArgsVariable))
            seen.freeFormSeveralImages += 1
          if (
            expected.pipeline.layout === 'matrix' &&
            expected.images.some((i) => i.destinations.some((d) => d.when !== 'always'))
          )
            seen.matrixPushedInSomePipelines += 1
          const companion = config.release.enabled || config.images.some((i) => i.multiArch.enabled)
          const variablePath = [
            { source: certificates.source, value: certificates.path },
            ...certificates.more,
          ].some((ca) => ca.source === 'path' && soleVariable(ca.value) !== null)
          if (certificates.enabled && companion && variablePath) seen.caPathOneVariableBesideCompanion += 1
        },
      ),
      { numRuns: RUNS, seed: SEED },
    )
    console.log(`import round trip: ${seen.configs} configs, ${seen.images} images`, {
      layouts: [...seen.layouts],
      multiArch: seen.multiArch,
      release: seen.release,
      customCa: seen.ca,
      severalCas: seen.severalCas,
      extraAuth: seen.auth,
      dockerAuthConfig: seen.dockerAuthConfig,
      dependencyProxy: seen.dependencyProxy,
      caForOneRegistryWhenSet: seen.caForOneRegistryWhenSet,
      sameCaTwice: seen.sameCaTwice,
      needsOfTheirOwn: seen.needsOfTheirOwn,
      cachesOfTheirOwn: seen.cachesOfTheirOwn,
      freeFormSeveralImages: seen.freeFormSeveralImages,
      matrixPushedInSomePipelines: seen.matrixPushedInSomePipelines,
      caPathOneVariableBesideCompanion: seen.caPathOneVariableBesideCompanion,
    })
    // Every layout is checked (the matrix one too), and each shape that was once left out is drawn.
    expect(seen.layouts.size).toBe(4)
    for (const shape of [
      'multiArch',
      'release',
      'severalCas',
      'dockerAuthConfig',
      'dependencyProxy',
      'caForOneRegistryWhenSet',
      'sameCaTwice',
      'needsOfTheirOwn',
      'cachesOfTheirOwn',
      'freeFormSeveralImages',
      'matrixPushedInSomePipelines',
      'caPathOneVariableBesideCompanion',
    ] as const)
      expect(seen[shape], shape).toBeGreaterThan(0)
  }, 600_000)

  it('leaves few configs out of the property, and checks those by what their reason allows', async () => {
    const sample = fc.sample(roundTripConfig, {
      numRuns: Number(process.env.IMPORT_LEFT_OUT_RUNS ?? 200),
      seed: Number(process.env.IMPORT_LEFT_OUT_SEED ?? 13),
    })
    const reasons = new Map<string, number>()
    const commentless = (yaml: string) => yaml.split('\n').filter((line) => !/^\s*#/.test(line))
    const googleKey = /^\s*- export GOOGLE_APPLICATION_CREDENTIALS=/
    for (const config of sample) {
      const reason = outsideRoundTrip(config)
      if (!reason) continue
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
      const yaml = generate(config)
      const result = await importPipeline(yaml)
      if (!result.ok || !result.config)
        return expect.fail(`import failed (${reason}): ${JSON.stringify(result)}`)
      const again = generate(result.config)
      const lost = result.unmapped.filter((entry) => entry.code === 'script-environment-lost')
      // The same pipeline but for the comments and the Google key, which the report lists.
      const kept = commentless(yaml).filter((line) => !googleKey.test(line))
      expect(commentless(again), reason).toEqual(kept)
      const keyLost = commentless(yaml).some((line) => googleKey.test(line)) && !googleKey.test(again)
      expect(lost.length > 0, reason).toBe(keyLost)
    }
    console.log(`left out of the import round trip (of ${sample.length}):`, Object.fromEntries(reasons))
    const left = [...reasons.values()].reduce((a, b) => a + b, 0)
    expect(left).toBeLessThan(sample.length * 0.5)
  }, 300_000)

  it('canonical() only resets what the pipeline does not show', () => {
    for (const config of fc.sample(roundTripConfig, { numRuns: 30, seed: 14 })) {
      const yaml = generate(config)
      for (const [name, rule] of Object.entries(CANONICAL_RULES)) {
        const draft = structuredClone(config)
        rule(draft)
        expect(generate(draft), name).toBe(yaml)
      }
    }
  }, 300_000)
})

/** `path: got → expected` for every field where two configs differ (a readable failure). */
function differences(got: unknown, expected: unknown, path = ''): string[] {
  if (JSON.stringify(got) === JSON.stringify(expected)) return []
  const bothRecords = [got, expected].every((v) => v !== null && typeof v === 'object')
  const sameShape =
    bothRecords &&
    Array.isArray(got) === Array.isArray(expected) &&
    (!Array.isArray(got) || got.length === (expected as unknown[]).length)
  if (!sameShape) return [`${path}: ${JSON.stringify(got)} → ${JSON.stringify(expected)}`]
  const a = got as Record<string, unknown>
  const b = expected as Record<string, unknown>
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) =>
    differences(a[key], b[key], path ? `${path}.${key}` : key),
  )
}
