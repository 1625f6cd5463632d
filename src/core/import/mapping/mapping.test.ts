import { describe, expect, it } from 'vitest'
import { importOk, KANIKO_IMAGE, kanikoJob } from '../test-support/import.ts'

const reasons = (list: readonly { reason: string }[]) => list.map((entry) => entry.reason)

async function configOf(yaml: string) {
  const result = await importOk(yaml)
  if (!result.config) expect.fail(`no config: ${reasons(result.unmapped).join('; ')}`)
  return { config: result.config, result }
}

describe('mapping an imported pipeline to the v2 config', () => {
  it('maps one executor run: image fields, shared settings, destinations grouped by repository', async () => {
    const { config, result } = await configOf(
      kanikoJob([
        '/kaniko/executor --context "${CI_PROJECT_DIR}/app" --dockerfile=app/Dockerfile --target prod --build-arg VERSION=1 --build-arg TOKEN --label a=b --destination "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" --destination $CI_REGISTRY_IMAGE:latest --destination other.io/x --cache=true --cache-repo $CI_REGISTRY_IMAGE/cache --snapshotMode=redo --ignore-path /a --ignore-path /b --verbosity warn --push-retry 2 --pre-cleanup',
      ]),
    )
    expect(config.version).toBe(2)
    const [image] = config.images
    expect(image).toMatchObject({
      name: 'build',
      context: '${CI_PROJECT_DIR}/app',
      dockerfile: 'app/Dockerfile',
      target: 'prod',
      buildArgs: [
        { name: 'VERSION', value: '1', fromEnvironment: false },
        { name: 'TOKEN', value: '', fromEnvironment: true },
      ],
      labels: [{ key: 'a', value: 'b' }],
      destinations: [
        { repository: '$CI_REGISTRY_IMAGE', tags: ['$CI_COMMIT_SHA', 'latest'], when: 'always' },
        { repository: 'other.io/x', tags: [], when: 'always' },
      ],
      extraFlags: ['--pre-cleanup'],
    })
    expect(config.cache).toMatchObject({ enabled: true, repository: '$CI_REGISTRY_IMAGE/cache' })
    expect(config.snapshot).toMatchObject({ mode: 'redo', ignorePaths: ['/a', '/b'] })
    expect(config.advanced).toMatchObject({ verbosity: 'warn', pushRetry: 2 })
    expect(config.executor).toMatchObject({ source: 'google', tag: 'v1.23.2-debug' })
    expect(reasons(result.changed)).toContain('`--snapshotMode redo` is written `--snapshot-mode`')
  })

  it('keeps a setting the images do not share as an extra flag of the image that sets it', async () => {
    const { config } = await configOf(`
a:${KANIKO_IMAGE}
  script:
    - /kaniko/executor --context a --dockerfile a/Dockerfile --destination x/a:1 --cache --cleanup
b:${KANIKO_IMAGE}
  script:
    - /kaniko/executor --context b --dockerfile b/Dockerfile --destination x/b:1 --cleanup --verbosity $LEVEL
`)
    expect(config.images.map((i) => [i.name, i.extraFlags])).toEqual([
      ['a', ['--cache']],
      ['b', ['--verbosity=$LEVEL']],
    ])
    expect(config.cache.enabled).toBe(false)
    expect(config.advanced.cleanup).toBe(true)
  })

  it('lists what a config value cannot hold, and values the script computes', async () => {
    const { result } = await configOf(
      kanikoJob([
        'TAG=$(date +%s)',
        '/kaniko/executor --context . --dockerfile Dockerfile --build-arg "DATE=$(date)" --destination "x/y:$TAG" --destination "x/y:${V:-1}"',
      ]),
    )
    const listed = reasons(result.unmapped)
    expect(listed.some((r) => r.includes('command substitution `$(date)`'))).toBe(true)
    expect(listed.some((r) => r.includes('`TAG`, which the script assigns'))).toBe(true)
    expect(listed.some((r) => r.includes('parameter expansion `${V:-1}`'))).toBe(true)
  })

  it('reads rules into pipeline triggers, changes and exists', async () => {
    const { config, result } = await configOf(
      kanikoJob(
        ['/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1'],
        `  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
      when: never
    - if: $CI_COMMIT_TAG =~ /^v\\d+/
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
      changes: [Dockerfile, src/**/*]
    - if: $CI_COMMIT_BRANCH == "release"
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
      when: manual
      allow_failure: true
    - if: $CI_PIPELINE_SOURCE == "web"
    - if: $SOMETHING == "x"
    - exists: [Dockerfile]`,
      ),
    )
    expect(config.pipeline.triggers).toEqual({
      on: [],
      tagPattern: '/^v\\d+/',
      branches: ['release'],
      schedules: 'never',
      manual: 'manual-allow-failure',
    })
    expect(config.images[0]).toMatchObject({ changes: ['Dockerfile', 'src/**/*'], exists: ['Dockerfile'] })
    expect(reasons(result.unmapped)).toContain(
      'rules[6].if `$SOMETHING == "x"` is not a pipeline kind the config knows',
    )
  })

  it('reads the changes and exists lists the generator repeats on every rule once', async () => {
    const { config } = await configOf(
      kanikoJob(
        ['/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1'],
        `  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
      changes: [services/api/**/*, lib/**/*]
      exists: [Dockerfile]
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
      changes: { paths: [services/api/**/*, lib/**/*] }
      exists: [Dockerfile]
    - if: $CI_COMMIT_TAG
      changes: [services/api/**/*, lib/**/*]
      exists: { paths: [Dockerfile] }`,
      ),
    )
    expect(config.images[0]).toMatchObject({
      changes: ['services/api/**/*', 'lib/**/*'],
      exists: ['Dockerfile'],
    })
  })

  it('reads rules without a catch-all as the pipeline kinds they name', async () => {
    const { config } = await configOf(
      kanikoJob(
        ['/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1'],
        `  rules:
    - if: $CI_COMMIT_TAG
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
    - if: $CI_MERGE_REQUEST_IID`,
      ),
    )
    expect(config.pipeline.triggers.on).toEqual(['tag', 'default-branch', 'merge-request'])
  })

  it('reads only/except and a job-level manual', async () => {
    const { config, result } = await configOf(
      kanikoJob(
        ['/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1'],
        `  only: [tags, main, /^release-.*$/]
  except: [schedules]
  when: manual`,
      ),
    )
    expect(config.pipeline.triggers).toMatchObject({
      on: ['tag', 'named-branches'],
      branches: ['main', '/^release-.*$/'],
      schedules: 'never',
      manual: 'manual-allow-failure',
    })
    expect(result.unmapped).toEqual([])
  })

  it('merges jobs that build the same image in different pipelines into destinations with `when`', async () => {
    const job = (name: string, tags: string[], extra: string) => `
${name}:${KANIKO_IMAGE}
  script:
    - /kaniko/executor --context . --dockerfile Dockerfile ${tags.map((t) => `--destination x/y:${t}`).join(' ')}
${extra}`
    const { config, result } = await configOf(
      job('build', ['$CI_COMMIT_SHORT_SHA'], '  except: [main, tags]') +
        job('build-main', ['latest'], '  only: [main]') +
        job('build-tag', ['$CI_COMMIT_TAG'], '  only: [tags]'),
    )
    expect(config.images).toHaveLength(1)
    expect(config.images[0]?.destinations).toEqual([
      { repository: 'x/y', tags: ['$CI_COMMIT_SHORT_SHA'], when: 'other-branches' },
      { repository: 'x/y', tags: ['latest'], when: 'default-branch' },
      { repository: 'x/y', tags: ['$CI_COMMIT_TAG'], when: 'tag' },
    ])
    expect(config.pipeline.triggers.on).toEqual(['branch', 'tag'])
    expect(reasons(result.changed)).toContain(
      '`build-tag` is merged into `build` (same build, other pipelines)',
    )
  })

  it('lists jobs whose triggers differ when they build different images', async () => {
    const { config, result } = await configOf(`
a:${KANIKO_IMAGE}
  script: [/kaniko/executor --context a --dockerfile a/Dockerfile --destination x/a:1]
  only: [tags]
b:${KANIKO_IMAGE}
  script: [/kaniko/executor --context b --dockerfile b/Dockerfile --destination x/b:1]
`)
    expect(config.pipeline.triggers.on).toEqual(['tag'])
    expect(reasons(result.unmapped)).toContain(
      '`b` runs in other pipelines than `a`: the config has one set of triggers for every image',
    )
  })

  it('maps job settings, variables and needs', async () => {
    const { config, result } = await configOf(`
variables:
  GLOBAL: g
  http_proxy: http://proxy:3128
prepare:
  script: [echo]
build:${KANIKO_IMAGE}
  needs: [prepare]
  retry: { max: 2, when: [runner_system_failure] }
  timeout: 30m
  interruptible: true
  resource_group: registry
  tags: [docker]
  services: [{ name: "registry:2", alias: reg }]
  variables: { OWN: "o $GLOBAL" }
  artifacts: { paths: [x] }
  script: [/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1]
`)
    expect(config.pipeline.job).toMatchObject({
      needs: ['prepare'],
      retryMax: 2,
      retryWhen: ['runner_system_failure'],
      timeout: '30m',
      interruptible: true,
      resourceGroup: 'registry',
      services: [{ name: 'registry:2', alias: 'reg' }],
      variables: [
        { name: 'GLOBAL', value: 'g' },
        { name: 'OWN', value: 'o $GLOBAL' },
      ],
    })
    expect(config.images[0]?.runnerTags).toEqual(['docker'])
    expect(config.proxy).toMatchObject({ http: 'http://proxy:3128', jobVariables: true, buildArgs: false })
    const listed = reasons(result.unmapped)
    expect(listed).toContain('job keyword `artifacts` of `build` is not reproduced')
    expect(listed).toContain(
      'job `prepare` neither builds with kaniko nor retags: it is not part of the generated pipeline',
    )
  })

  it('reads an output file as its artifacts path spells `$X`, and keeps those artifacts', async () => {
    const { config, result } = await configOf(`
build:${KANIKO_IMAGE}
  artifacts: { paths: [image-$CI_JOB_ID.tar, "a$$b"], expire_in: 3 days }
  script:
    - /kaniko/executor --context . --destination x/y:1 --tar-path "image-\${CI_JOB_ID}.tar" --digest-file 'a$b'
`)
    expect(config.advanced).toMatchObject({
      tarPath: 'image-$CI_JOB_ID.tar',
      digestFile: 'a$b',
      artifactsExpireIn: '3 days',
    })
    expect(reasons(result.unmapped)).not.toContain('job keyword `artifacts` of `build` is not reproduced')
  })

  it('maps auth forms: DOCKER_AUTH_CONFIG, literal user names, helpers, the Dependency Proxy', async () => {
    const { config, result } = await configOf(
      kanikoJob([
        'mkdir -p /kaniko/.docker',
        'echo "$DOCKER_AUTH_CONFIG" > /kaniko/.docker/config.json',
        `echo "{\\"auths\\":{\\"$CI_REGISTRY\\":{\\"username\\":\\"$CI_REGISTRY_USER\\",\\"password\\":\\"$CI_REGISTRY_PASSWORD\\"},\\"gcr.io\\":{\\"username\\":\\"_json_key\\",\\"password\\":\\"$GCR_KEY\\"},\\"$(echo -n $CI_DEPENDENCY_PROXY_SERVER | awk -F[:] '{print $1}')\\":{\\"auth\\":\\"$(printf '%s:%s' $CI_DEPENDENCY_PROXY_USER $CI_DEPENDENCY_PROXY_PASSWORD | base64 -w0)\\"}},\\"credHelpers\\":{\\"123.dkr.ecr.eu-west-1.amazonaws.com\\":\\"ecr-login\\"}}" >> /kaniko/.docker/config.json`,
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1',
      ]),
    )
    expect(config.registries.dockerAuthConfig).toEqual({
      source: 'variable',
      variable: 'DOCKER_AUTH_CONFIG',
      merge: true,
    })
    expect(config.registries.dependencyProxy).toMatchObject({ enabled: true, stripPort: false })
    expect(config.registries.extra).toEqual([
      expect.objectContaining({ host: '123.dkr.ecr.eu-west-1.amazonaws.com', credentialHelper: 'ecr-login' }),
      expect.objectContaining({ host: 'gcr.io', usernameLiteral: '_json_key', passwordVariable: 'GCR_KEY' }),
    ])
    expect(config.registries.gitlabAuth).toBe('auto')
    expect(reasons(result.changed)).toContain(
      'Dependency Proxy key written with its port, as kaniko looks it up (IMP113)',
    )
  })

  it('maps the gcr helper with its service-account key variable', async () => {
    const { config } = await configOf(
      kanikoJob(
        [
          `echo '{"credHelpers":{"europe-docker.pkg.dev":"gcr"}}' > /kaniko/.docker/config.json`,
          '/kaniko/executor --context . --destination europe-docker.pkg.dev/p/r/app:1',
        ],
        '  variables: { GOOGLE_APPLICATION_CREDENTIALS: $GCP_SA_KEY }',
      ),
    )
    expect(config.registries.extra).toEqual([
      expect.objectContaining({
        host: 'europe-docker.pkg.dev',
        credentialHelper: 'gcr',
        googleCredentialsFileVariable: 'GCP_SA_KEY',
      }),
    ])
  })

  it('lists what the script puts in the executor’s environment and the config does not', async () => {
    const { result } = await configOf(
      kanikoJob(
        [
          'export GOOGLE_APPLICATION_CREDENTIALS="${GCP_SA_KEY}" AWS_REGION=eu-west-1',
          'export DOCKER_CONFIG=/kaniko/.docker',
          'TAG=1.0; export TAG',
          'HTTPS_PROXY=http://proxy:3128 /kaniko/executor --context . --destination "europe-docker.pkg.dev/p/r/app:${TAG}"',
        ],
        '  after_script:\n    - export LATE=1',
      ),
    )
    const lost = result.unmapped.filter((entry) => entry.code === 'script-environment-lost')
    // DOCKER_CONFIG holds the executor image's own value; TAG is listed by the flag using it; the
    // after_script runs after the build.
    expect(lost.map((entry) => [entry.params.name, entry.line])).toEqual([
      ['GOOGLE_APPLICATION_CREDENTIALS', 6],
      ['AWS_REGION', 6],
      ['HTTPS_PROXY', 9],
    ])
    expect(result.unmapped.filter((entry) => entry.code === 'flag-uses-assigned')).toEqual([
      expect.objectContaining({ line: 9, params: expect.objectContaining({ variables: '`TAG`' }) }),
    ])
  })

  it('does not list the gcr key the config exports itself', async () => {
    const { result } = await configOf(
      kanikoJob([
        `echo '{"credHelpers":{"europe-docker.pkg.dev":"gcr"}}' > /kaniko/.docker/config.json`,
        'export GOOGLE_APPLICATION_CREDENTIALS="${GCP_SA_KEY}"',
        '/kaniko/executor --context . --destination europe-docker.pkg.dev/p/r/app:1',
      ]),
    )
    expect(result.config?.registries.extra[0]?.googleCredentialsFileVariable).toBe('GCP_SA_KEY')
    expect(result.unmapped.filter((entry) => entry.code === 'script-environment-lost')).toEqual([])
  })

  it('maps CA forms: a File variable, base64, PEM text; an overwrite becomes an append', async () => {
    const { config, result } = await configOf(
      kanikoJob([
        'cat "$CA_FILE" > /kaniko/ssl/certs/ca-certificates.crt',
        'echo "$CA_B64" | base64 -d >> /kaniko/ssl/certs/ca-certificates.crt',
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 --registry-certificate my.registry=$CA_FILE',
      ]),
    )
    expect(config.certificates).toMatchObject({
      enabled: true,
      source: 'file-variable',
      fileVariable: 'CA_FILE',
      registry: 'my.registry',
      more: [{ source: 'base64-variable', value: 'CA_B64', registry: '' }],
    })
    expect(config.images[0]?.extraFlags).toEqual([])
    expect(reasons(result.changed)).toContain(
      'the CA is appended to the bundle instead of replacing it (IMP108)',
    )
  })

  it('maps a CA appended only when its variable is set, and its ${X:+--registry-certificate}', async () => {
    const { config, result } = await configOf(
      kanikoJob([
        'if [ -n "${CA:-}" ]; then cat "${CA}" >> /kaniko/ssl/certs/ca-certificates.crt; fi',
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 ${CA:+--registry-certificate} ${CA:+"my.registry=${CA}"} ${V:+--cleanup}',
      ]),
    )
    expect(config.certificates).toMatchObject({
      enabled: true,
      fileVariable: 'CA',
      onlyWhenSet: true,
      registry: 'my.registry',
    })
    expect(config.images[0]).toMatchObject({ extraFlags: [], extraArgsVariable: '' })
    expect(config.advanced.cleanup).toBe(false)
    expect(result.unmapped.filter((entry) => entry.code === 'flag-only-when-set')).toMatchObject([
      { params: { flag: '`--cleanup`', variable: 'V' } },
    ])
  })

  it('keeps no free-form variable passed only when another is set (its flags are listed)', async () => {
    const { config, result } = await configOf(
      kanikoJob(
        ['/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 ${X:+$OPTS}'],
        '  variables:\n    OPTS: --cleanup',
      ),
    )
    expect(config.images[0]?.extraArgsVariable).toBe('')
    expect(config.advanced.cleanup).toBe(false)
    expect(result.unmapped.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(['free-form-variable-read', 'flag-only-when-set']),
    )
  })

  it('keeps a --registry-certificate that no CA of the same condition writes (an extra flag, or listed)', async () => {
    const { config, result } = await configOf(
      kanikoJob([
        'if [ -n "${CA:-}" ]; then cat "${CA}" >> /kaniko/ssl/certs/ca-certificates.crt; fi',
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 --registry-certificate "my.registry=${CA}" ${OTHER:+--registry-certificate} ${OTHER:+"b.io=${OTHER}"}',
      ]),
    )
    // Passed always, it stays passed always; the config's CA is appended only when CA is set.
    expect(config.certificates).toMatchObject({ fileVariable: 'CA', onlyWhenSet: true, registry: '' })
    expect(config.images[0]?.extraFlags).toEqual(['--registry-certificate=my.registry=${CA}'])
    expect(result.unmapped.filter((entry) => entry.code === 'flag-only-when-set')).toMatchObject([
      { params: { flag: '`--registry-certificate b.io=${OTHER}`', variable: 'OTHER' } },
    ])
  })

  it('splits --registry-certificate a=b=c at the first "=", as kaniko does: registry a, file b=c', async () => {
    // The file b=/certs/ca.crt is the CA the job appends: registry a keeps it.
    const named = await configOf(
      kanikoJob([
        'cat "b=/certs/ca.crt" >> /kaniko/ssl/certs/ca-certificates.crt',
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 --registry-certificate a=b=/certs/ca.crt',
      ]),
    )
    expect(named.config.certificates).toMatchObject({
      source: 'path',
      path: 'b=/certs/ca.crt',
      registry: 'a',
    })
    expect(named.config.images[0]?.extraFlags).toEqual([])
    // The file b=${CA} is no CA the job appends: the flag stays as written, and the CA has no registry.
    const other = await configOf(
      kanikoJob([
        'cat "${CA}" >> /kaniko/ssl/certs/ca-certificates.crt',
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 --registry-certificate "a=b=${CA}"',
      ]),
    )
    expect(other.config.certificates).toMatchObject({ fileVariable: 'CA', registry: '' })
    expect(other.config.images[0]?.extraFlags).toEqual(['--registry-certificate=a=b=${CA}'])
  })

  it('gives the same CA written twice one --registry-certificate each, in order', async () => {
    const { config } = await configOf(
      kanikoJob([
        `'{ cat "$CA"; echo; cat "$CA"; echo; cat "$CA"; } >> /kaniko/ssl/certs/ca-certificates.crt'`,
        '/kaniko/executor --context . --dockerfile Dockerfile --destination x/y:1 --registry-certificate a.io=$CA --registry-certificate b.io=$CA',
      ]),
    )
    expect(config.certificates).toMatchObject({
      fileVariable: 'CA',
      registry: 'a.io',
      more: [
        { source: 'file-variable', value: 'CA', registry: 'b.io' },
        { source: 'file-variable', value: 'CA', registry: '' },
      ],
    })
    expect(config.images[0]?.extraFlags).toEqual([])
  })

  it('maps a crane copy companion to the release job', async () => {
    const { config } =
      await configOf(`${kanikoJob(['/kaniko/executor --context . --dockerfile Dockerfile --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA'])}
release:
  image: { name: "gcr.io/go-containerregistry/crane:v0.20.2-debug", entrypoint: [""] }
  stage: deploy
  script:
    - echo "$CI_REGISTRY_PASSWORD" | crane auth login -u $CI_REGISTRY_USER --password-stdin $CI_REGISTRY
    - crane copy $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG
    - crane tag $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA latest
`)
    expect(config.release).toMatchObject({
      enabled: true,
      jobName: 'release',
      stage: 'deploy',
      image: 'gcr.io/go-containerregistry/crane:v0.20.2-debug',
      repository: '$CI_REGISTRY_IMAGE',
      fromTag: '$CI_COMMIT_SHORT_SHA',
      toTags: ['$CI_COMMIT_TAG', 'latest'],
    })
  })

  it('reads a CA `cat "$X"` only the build job appends, beside a release job, as the path `$X`', async () => {
    const build = kanikoJob([
      'cat "$CORP_CA" >> /kaniko/ssl/certs/ca-certificates.crt',
      'cat "$OTHER_CA" >> /kaniko/ssl/certs/ca-certificates.crt',
      '/kaniko/executor --context . --dockerfile Dockerfile --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA',
    ])
    const release = (caLines: string[]) => `
release:
  image: { name: "gcr.io/go-containerregistry/crane:debug", entrypoint: [""] }
  stage: release
  script:
${caLines.map((line) => `    - ${line}`).join('\n')}
    - crane tag "\${CI_REGISTRY_IMAGE}:\${CI_COMMIT_SHORT_SHA}" "\${CI_COMMIT_TAG}"
  rules:
    - if: $CI_COMMIT_TAG
`
    // The release job appends OTHER_CA (to a copy of its bundle, as the generator's does): a File
    // variable; CORP_CA it leaves out: a path, as written (a File variable would be in both jobs).
    const { config, result } = await configOf(
      `${build}${release([
        'cat /etc/ssl/certs/ca-certificates.crt > /tmp/ca.crt',
        'cat "${OTHER_CA}" >> /tmp/ca.crt',
        'export SSL_CERT_FILE=/tmp/ca.crt',
      ])}`,
    )
    expect(config.release.enabled).toBe(true)
    expect(config.certificates).toMatchObject({
      enabled: true,
      source: 'path',
      path: '$CORP_CA',
      fileVariable: 'CUSTOM_CA_CERT',
      more: [{ source: 'file-variable', value: 'OTHER_CA', registry: '' }],
    })
    // The copy of the public bundle is no CA, and overwriting that copy is no IMP108.
    expect(
      result.jobs.find((job) => job.name === 'release')?.certificates.map((c) => c.source.value),
    ).toEqual(['${OTHER_CA}'])
    expect(result.findings.map((finding) => finding.code)).not.toContain('IMP108')

    // A companion that appends both (into its system's bundle): File variables, as without companions.
    const both = await configOf(
      `${build}${release([`'{ cat "$CORP_CA"; echo; cat "$OTHER_CA"; } >> /etc/ssl/certs/ca-certificates.crt'`])}`,
    )
    expect(both.config.certificates).toMatchObject({ source: 'file-variable', fileVariable: 'CORP_CA' })
    expect(both.config.certificates.more).toEqual([
      { source: 'file-variable', value: 'OTHER_CA', registry: '' },
    ])
    expect(both.result.findings.map((finding) => finding.code)).not.toContain('IMP108')
    // A companion that replaces its system's bundle with the CAs: IMP108, with the companion's fix.
    const replaced = await configOf(
      `${build}${release([`'{ cat "$CORP_CA"; echo; cat "$OTHER_CA"; } > /etc/ssl/certs/ca-certificates.crt'`])}`,
    )
    expect(
      replaced.result.findings
        .filter((finding) => finding.code === 'IMP108')
        .map((finding) => [finding.job, finding.message.en.includes("this job's image"), finding.fix?.en]),
    ).toEqual([
      [
        'release',
        true,
        'Append with `>>` (or append to a copy of the bundle and point SSL_CERT_FILE at it).',
      ],
    ])
    const alone = await configOf(build)
    expect(alone.config.certificates).toMatchObject({ source: 'file-variable', fileVariable: 'CORP_CA' })
    expect(alone.config.certificates.more).toEqual([
      { source: 'file-variable', value: 'OTHER_CA', registry: '' },
    ])
  })

  it("reads the tag pattern from the release job's rule when the build jobs have no tag trigger", async () => {
    const build = (rules: string) =>
      kanikoJob(
        [
          '/kaniko/executor --context . --dockerfile Dockerfile --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA',
        ],
        rules,
      )
    const release = (rule: string) => `
release:
  image: { name: "gcr.io/go-containerregistry/crane:debug", entrypoint: [""] }
  stage: release
  script:
    - crane tag "\${CI_REGISTRY_IMAGE}:\${CI_COMMIT_SHORT_SHA}" "\${CI_COMMIT_TAG}"
  rules:
    - if: ${rule}
`
    const branchOnly = await configOf(
      `${build('  rules:\n    - if: $CI_COMMIT_BRANCH')}${release('$CI_COMMIT_TAG =~ /^v\\d+\\.\\d+$/')}`,
    )
    expect(branchOnly.config.pipeline.triggers).toMatchObject({
      on: ['branch'],
      tagPattern: '/^v\\d+\\.\\d+$/',
    })
    expect(reasons(branchOnly.result.unmapped).filter((r) => r.includes('release'))).toEqual([])

    const disagree = await configOf(
      `${build('  rules:\n    - if: $CI_COMMIT_TAG =~ /^v/')}${release('$CI_COMMIT_TAG =~ /^release-/')}`,
    )
    expect(disagree.config.pipeline.triggers.tagPattern).toBe('/^v/')
    expect(reasons(disagree.result.unmapped)).toContain(
      '`release` runs for tags /^release-/, the build jobs for tags /^v/: the config has one tag pattern',
    )

    const notTag = await configOf(
      `${build('  rules:\n    - if: $CI_COMMIT_BRANCH')}${release('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH')}`,
    )
    expect(notTag.config.pipeline.triggers.tagPattern).toBe('')
    expect(reasons(notTag.result.unmapped)).toContain(
      "`release`'s rules are not one tag rule: the release job runs in tag pipelines",
    )
  })

  it("expands the matrix layout's cells into images: KC_IMAGE names each, its KC_ values are written in", async () => {
    const { config, result } = await configOf(`
kaniko:${KANIKO_IMAGE}
  script:
    - /kaniko/executor --context "\${KC_CONTEXT}" --dockerfile "\${KC_CONTEXT}/Dockerfile" --build-arg "PRICE=\${KC_BUILD_ARG_PRICE}" --destination "\${KC_REPOSITORY}:\${CI_COMMIT_SHORT_SHA}"
  tags: ["\${KC_RUNNER_TAG}"]
  parallel:
    matrix:
      - KC_IMAGE: api
        KC_CONTEXT: \${CI_PROJECT_DIR}/api
        KC_BUILD_ARG_PRICE: 5$$
        KC_REPOSITORY: \${CI_REGISTRY_IMAGE}/api
        KC_RUNNER_TAG: arm
      - KC_IMAGE: web
        KC_CONTEXT: web
        KC_BUILD_ARG_PRICE: "0"
        KC_REPOSITORY: registry.example.com/web
        KC_RUNNER_TAG: amd
`)
    expect(config.pipeline.layout).toBe('matrix')
    expect(
      config.images.map((i) => [
        i.name,
        i.context,
        i.dockerfile,
        i.buildArgs[0]?.value,
        i.destinations,
        i.runnerTags,
        i.variables,
      ]),
    ).toEqual([
      [
        'api',
        '${CI_PROJECT_DIR}/api',
        '${CI_PROJECT_DIR}/api/Dockerfile',
        '5$',
        [{ repository: '${CI_REGISTRY_IMAGE}/api', tags: ['${CI_COMMIT_SHORT_SHA}'], when: 'always' }],
        ['arm'],
        [],
      ],
      [
        'web',
        'web',
        'web/Dockerfile',
        '0',
        [{ repository: 'registry.example.com/web', tags: ['${CI_COMMIT_SHORT_SHA}'], when: 'always' }],
        ['amd'],
        [],
      ],
    ])
    expect(reasons(result.unmapped).filter((r) => r.includes('KC_'))).toEqual([])
  })

  it('keeps an author’s own matrix (not all KC_ variables) as per-image variables', async () => {
    const { config } = await configOf(`
build:${KANIKO_IMAGE}
  script: [/kaniko/executor --context $DIR --dockerfile $DIR/Dockerfile --destination x/$DIR:1]
  parallel:
    matrix:
      - { KC_IMAGE: a, DIR: a }
`)
    expect(config.images.map((i) => [i.name, i.variables])).toEqual([
      [
        'build-a-a',
        [
          { name: 'KC_IMAGE', value: 'a' },
          { name: 'DIR', value: 'a' },
        ],
      ],
    ])
  })

  it('names the layout after the original: extends, matrix, else jobs (auto for one image)', async () => {
    const extendsYaml = `
.kaniko:${KANIKO_IMAGE}
  script: [/kaniko/executor --context $DIR --dockerfile $DIR/Dockerfile --destination x/$DIR:1]
a: { extends: .kaniko, variables: { DIR: a } }
b: { extends: .kaniko, variables: { DIR: b } }
`
    expect((await configOf(extendsYaml)).config.pipeline.layout).toBe('extends')
    const matrixYaml = `
build:${KANIKO_IMAGE}
  parallel: { matrix: [{ DIR: [a, b] }] }
  script: [/kaniko/executor --context $DIR --dockerfile $DIR/Dockerfile --destination x/$DIR:1]
`
    const matrix = (await configOf(matrixYaml)).config
    expect(matrix.pipeline.layout).toBe('matrix')
    expect(matrix.images.map((i) => [i.name, i.variables])).toEqual([
      ['build-a', [{ name: 'DIR', value: 'a' }]],
      ['build-b', [{ name: 'DIR', value: 'b' }]],
    ])
    const one = (await configOf(kanikoJob(['/kaniko/executor --context . --destination x/y:1']))).config
    expect(one.pipeline.layout).toBe('auto')
    const two = `
a:${KANIKO_IMAGE}
  script: [/kaniko/executor --context a --destination x/a:1]
b:${KANIKO_IMAGE}
  script: [/kaniko/executor --context b --destination x/b:1]
`
    expect((await configOf(two)).config.pipeline.layout).toBe('jobs')
  })

  it('maps only the job --job names, and gives no config when there is no build job', async () => {
    const two = `
a:${KANIKO_IMAGE}
  script: [/kaniko/executor --context a --destination x/a:1]
b:${KANIKO_IMAGE}
  script: [/kaniko/executor --context b --destination x/b:1]
`
    const { importPipeline } = await import('../index.ts')
    const only = await importPipeline(two, { job: 'b' })
    expect(only.ok && only.config?.images.map((i) => i.name)).toEqual(['b'])
    const none = await importOk('test:\n  script: [make test]\n')
    expect(none.config).toBeNull()
    expect(reasons(none.unmapped)).toContain('no kaniko build job found')
  })

  it('keeps the free-form argument variable and maps a swallowed flag as meant', async () => {
    const { config, result } = await configOf(
      kanikoJob(
        ['/kaniko/executor --context . --destination x/y:1 --insecure-registry --insecure-pull $KANIKO_ARGS'],
        '  variables: { KANIKO_ARGS: "--cleanup" }',
      ),
    )
    expect(config.images[0]?.extraArgsVariable).toBe('KANIKO_ARGS')
    expect(config.advanced).toMatchObject({ insecurePull: true, insecureRegistries: [], cleanup: false })
    expect(reasons(result.unmapped)).toContain(
      '`--insecure-registry --insecure-pull`: pflag took the next flag as the value (IMP103): left out',
    )
  })
})
