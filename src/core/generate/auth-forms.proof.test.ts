import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectedCas } from '../../testing/ca-oracle.ts'
import { type CiVariables, runJob, SYSTEM_CA_MARKER } from '../../testing/chroot-runner.ts'
import { ciVariables, HOSTILE_SECRETS, shellView } from '../../testing/ci-env.ts'
import { readDockerConfig } from '../../testing/docker-config-json.ts'
import { type ExtractedJob, extractPipeline } from '../../testing/extract.ts'
import { expectedAuths, PATHS } from '../../testing/oracle.ts'
import { provePipeline } from '../../testing/proof.ts'
import { formatFindings, jobScript, shellcheckScripts } from '../../testing/shellcheck.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config, ConfigInput } from '../config/schema.ts'
import { generate } from './index.ts'

/**
 * The auth and CA forms of config v2, run under busybox in the kaniko debug image and the Alpine
 * manifest-tool image: a whole config.json from DOCKER_AUTH_CONFIG (File or plain, merged or as is),
 * literal user names, the gcr helper's key file, and CAs from a base64 variable, a path, a pasted PEM
 * and a File variable, one after the other. Every job's config.json (read as Go reads it), CA bundle,
 * CA files and `--registry-certificate` arguments must be what the oracles say, with hostile secrets.
 */

const PROJECT = '/builds/group/project'
const pem = (name: string) =>
  `-----BEGIN CERTIFICATE-----\nMII${name}"$(id)\`x\`\\$HOME #'\n-----END CERTIFICATE-----`
const base64 = (text: string) => Buffer.from(text).toString('base64')
const auth = (pair: string) => ({ auth: base64(pair) })

/** Files of the repository and of the image the path CAs name. */
const FILES = {
  [`${PROJECT}/certs/ca.pem`]: `${pem('REPO')}\n`,
  // No final line break: the CA after it must still start on a line of its own.
  '/etc/corp/ca.pem': pem('IMAGE'),
}

/** DOCKER_AUTH_CONFIG as projects write it: pretty-printed, with a host ours overrides, a helper, a header. */
const GIVEN_CONFIG = `{
  "auths": {
    "other.example:5000": ${JSON.stringify(auth('given:pa"ss}{,'))},
    "harbor.example.com": ${JSON.stringify(auth('stale:old'))}
  },
  "credHelpers": { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" },
  "HttpHeaders": { "User-Agent": "ci}" }
}
`

const FORMS: ConfigInput = {
  version: 2,
  images: [{ multiArch: { enabled: true, platforms: [{ platform: 'linux/amd64' }] } }],
  registries: {
    dockerAuthConfig: { source: 'file-variable', merge: true },
    extra: [
      { host: 'harbor.example.com', usernameLiteral: 'robot$ci+builder', passwordVariable: 'HARBOR_TOKEN' },
      { host: '$ECR_HOST', usernameLiteral: 'AWS', passwordVariable: 'ECR_PASSWORD' },
      { host: 'quay.example', usernameVariable: 'QUAY_USER', passwordVariable: 'QUAY_PASSWORD' },
      { host: 'europe-docker.pkg.dev', credentialHelper: 'gcr', googleCredentialsFileVariable: 'GCP_KEY' },
    ],
  },
  certificates: {
    enabled: true,
    source: 'base64-variable',
    base64Variable: 'CA_BASE64',
    registry: 'harbor.example.com',
    more: [
      { source: 'path', value: '/etc/corp/ca.pem' },
      { source: 'pem', value: pem('PASTED'), registry: 'quay.example' },
      { source: 'file-variable', value: 'SECOND_CA', registry: '$ECR_HOST' },
      { source: 'path', value: '${CI_PROJECT_DIR}/certs/ca.pem', registry: 'other.example:5000' },
    ],
  },
}

function variablesFor(config: Config, extra: Readonly<Record<string, CiVariables[string] | undefined>> = {}) {
  const vars: Record<string, CiVariables[string]> = {
    ...ciVariables(config),
    HARBOR_TOKEN: HOSTILE_SECRETS[2],
    ECR_HOST: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    ECR_PASSWORD: HOSTILE_SECRETS[0],
    QUAY_USER: HOSTILE_SECRETS[4],
    QUAY_PASSWORD: HOSTILE_SECRETS[3],
    GCP_KEY: { file: '{"type":"service_account"}' },
    DOCKER_AUTH_CONFIG: { file: GIVEN_CONFIG },
    CA_BASE64: base64(`${pem('BASE64')}\n`),
    SECOND_CA: { file: pem('FILE') },
    // What the random configs below name.
    REG_HOST: 'registry.example.com:5050',
    CUSTOM_CA_CERT: { file: `${pem('FIRST')}\n` },
    CUSTOM_CA_CERT_BASE64: base64(pem('FIRST-BASE64')),
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete vars[name]
    else vars[name] = value
  }
  return vars
}

interface JobRun {
  readonly job: ExtractedJob
  readonly image: 'kaniko-debug' | 'manifest-tool-alpine'
}

function jobsOf(config: Config): JobRun[] {
  return extractPipeline(generate(config)).jobs.map((job) => ({
    job,
    image: job.image?.includes('manifest-tool') ? 'manifest-tool-alpine' : 'kaniko-debug',
  }))
}

/** Everything a job run must show, as the oracles compute it and as the run produced it. */
function proveRun(config: Config, { job, image }: JobRun, variables: CiVariables) {
  const kaniko = image === 'kaniko-debug'
  const run = runJob(job, { variables, image, files: FILES })
  const env = shellView(variables)
  const configPath = kaniko ? PATHS.kanikoConfig : PATHS.manifestToolConfig
  const bundlePath = kaniko ? PATHS.kanikoBundle : PATHS.alpineBundle
  const base = config.registries.dockerAuthConfig.variable
  const givenText = typeof variables[base] === 'object' ? variables[base].file : variables[base]
  const auths = expectedAuths(config, env, kaniko ? 'kaniko' : 'manifest-tool', givenText)
  const cas = expectedCas(
    config.certificates,
    kaniko ? 'kaniko' : 'alpine',
    `${SYSTEM_CA_MARKER}\n`,
    variables,
    env,
    FILES,
  )
  const written = run.files[configPath]
  const read = written === undefined ? undefined : readDockerConfig(written)
  const argv = (kaniko ? run.executorCalls : run.manifestToolCalls)[0] ?? []
  // The key file of the first registry with the gcr helper that names one (docs: one per job).
  const helperKey = config.registries.extra.find(
    (r) => r.credentialHelper === 'gcr' && r.googleCredentialsFileVariable !== '',
  )
  const got = {
    exitCode: run.exitCode,
    stderr: run.stderr,
    programs: run.invocations.map((i) => i.program),
    auths:
      read &&
      Object.fromEntries(
        Object.entries(read.auths).map(([k, v]) => [
          k,
          Buffer.from(String((v as { auth: string }).auth), 'base64').toString('utf8'),
        ]),
      ),
    credHelpers: read?.credHelpers,
    others: read?.others ?? {},
    bundle: run.files[bundlePath] ?? `${SYSTEM_CA_MARKER}\n`,
    files: Object.keys(run.files).sort(),
    caFiles: Object.fromEntries(Object.keys(cas.files).map((f) => [f, run.files[f]])),
    registryCertificates: argv.flatMap((a, i) => (argv[i - 1] === '--registry-certificate' ? [a] : [])),
    googleCredentials: run.invocations[0]?.env.GOOGLE_APPLICATION_CREDENTIALS,
  }
  const expected = {
    exitCode: 0,
    stderr: '',
    programs: [kaniko ? 'executor' : 'manifest-tool'],
    auths: auths?.auths,
    credHelpers: auths?.credHelpers,
    others: auths?.others ?? {},
    bundle: cas.bundle,
    files: [
      ...(cas.bundle === `${SYSTEM_CA_MARKER}\n` ? [] : [bundlePath]),
      ...(auths ? [configPath] : []),
      ...Object.keys(cas.files),
    ].sort(),
    caFiles: cas.files,
    registryCertificates: cas.registryCertificates,
    googleCredentials: helperKey ? env[helperKey.googleCredentialsFileVariable] : undefined,
  }
  return { got, expected, run }
}

function proveConfig(input: ConfigInput, extra: Parameters<typeof variablesFor>[1] = {}) {
  const config = parseConfigOrThrow(input)
  const variables = variablesFor(config, extra)
  const jobs = jobsOf(config)
  expect(jobs.length).toBeGreaterThan(0)
  for (const job of jobs) {
    const { got, expected } = proveRun(config, job, variables)
    expect({ job: job.job.name, ...got }).toEqual({ job: job.job.name, ...expected })
  }
  return { config, jobs }
}

const RANDOM_RUNS = Number(process.env.KANIKOCONFIG_AUTH_FORMS_RUNS ?? 40)
const RANDOM_SEED = Number(process.env.FC_SEED ?? 20_261_130)

/** DOCKER_AUTH_CONFIG texts: pretty, compact, empty, with CR LF, and with a host ours also write. */
const GIVEN_TEXTS = [
  GIVEN_CONFIG,
  '{}',
  ' {\r\n}\r\n',
  JSON.stringify({ auths: { 'harbor.example.com': auth('theirs:x') }, credHelpers: { 'gcr.io': 'gcr' } }),
]

const CA_PATHS = ['certs/ca.pem', '/etc/corp/ca.pem', '${CI_PROJECT_DIR}/certs/ca.pem']
const moreCa = fc.oneof(
  fc.record({
    source: fc.constant('file-variable' as const),
    value: fc.constantFrom('SECOND_CA', 'CUSTOM_CA_CERT'),
  }),
  fc.record({ source: fc.constant('base64-variable' as const), value: fc.constant('CA_BASE64') }),
  fc.record({
    source: fc.constant('pem' as const),
    value: fc.constantFrom(pem('M1'), `\n ${pem('M2')}\n\n`),
  }),
  fc.record({ source: fc.constant('path' as const), value: fc.constantFrom(...CA_PATHS) }),
)

/** The auth and CA sections at random (hostile user names, every source), one image, multi-arch or not. */
const randomForms: fc.Arbitrary<ConfigInput> = fc.record({
  version: fc.constant(2 as const),
  images: fc
    .boolean()
    .map((multi) => [
      multi ? { multiArch: { enabled: true, platforms: [{ platform: 'linux/amd64' as const }] } } : {},
    ]),
  registries: fc.record({
    gitlabAuth: fc.constantFrom('auto' as const, 'config-json' as const, 'helper' as const),
    dependencyProxy: fc.record({ enabled: fc.boolean() }),
    dockerAuthConfig: fc.record({
      source: fc.constantFrom('none' as const, 'variable' as const, 'file-variable' as const),
      merge: fc.boolean(),
    }),
    extra: fc.uniqueArray(
      fc.record({
        host: fc.constantFrom(
          'harbor.example.com',
          '$REG_HOST',
          'quay.example:5000',
          'https://index.docker.io/v1/',
        ),
        usernameVariable: fc.constantFrom('QUAY_USER', 'ROBOT_USER'),
        usernameLiteral: fc.constantFrom('', 'AWS', 'robot$project+ci', `a"b' $x \\ \`id\``, '_json_key'),
        passwordVariable: fc.constantFrom('HARBOR_TOKEN', 'QUAY_PASSWORD'),
        credentialHelper: fc.constantFrom(
          'none' as const,
          'none' as const,
          'gcr' as const,
          'ecr-login' as const,
        ),
        googleCredentialsFileVariable: fc.constantFrom('', 'GCP_KEY'),
      }),
      { maxLength: 3, selector: (r) => r.host },
    ),
  }),
  certificates: fc.record({
    enabled: fc.boolean(),
    source: fc.constantFrom(
      'file-variable' as const,
      'pem' as const,
      'base64-variable' as const,
      'path' as const,
    ),
    onlyWhenSet: fc.boolean(),
    pem: fc.constant(pem('FIRST-PEM')),
    path: fc.constantFrom(...CA_PATHS),
    registry: fc.constantFrom('', 'harbor.example.com', '$REG_HOST'),
    more: fc.array(
      fc
        .tuple(moreCa, fc.constantFrom('', 'quay.example:5000'))
        .map(([ca, registry]) => ({ ...ca, registry })),
      { maxLength: 3 },
    ),
  }),
})

const withAuth = (dockerAuthConfig: object, more: object = {}): ConfigInput => ({
  ...FORMS,
  registries: { ...FORMS.registries, dockerAuthConfig, ...more },
})

describe('auth and CA forms under busybox', () => {
  it('merges DOCKER_AUTH_CONFIG (File) with ours: theirs kept, ours win per host, CAs in order', () => {
    const { jobs } = proveConfig(FORMS)
    expect(jobs.map((j) => j.job.name)).toEqual(['build-amd64', 'manifest'])
  })

  it('merges a plain DOCKER_AUTH_CONFIG, whatever its whitespace and members', () => {
    const texts = [
      GIVEN_CONFIG,
      '{}',
      ' \t{ }\r\n',
      '\r\n{"auths":{}}\r\n\r\n',
      `{"credHelpers":{"gcr.io":"gcr"}}`,
      `{"auths":{"a.example":${JSON.stringify(auth('}{:"'))}}}   `,
    ]
    for (const text of texts) {
      proveConfig(withAuth({ source: 'variable', merge: true }), { DOCKER_AUTH_CONFIG: text })
    }
  })

  it('uses DOCKER_AUTH_CONFIG as it is without merge: ours not written, hosts not checked', () => {
    // A host variable that would stop a job writing our entries.
    proveConfig(withAuth({ source: 'variable', merge: false }), {
      DOCKER_AUTH_CONFIG: GIVEN_CONFIG,
      ECR_HOST: 'evil","auths":{',
    })
    proveConfig(withAuth({ source: 'file-variable', merge: false }))
  })

  it('copies DOCKER_AUTH_CONFIG when there are no entries of ours to merge', () => {
    proveConfig(
      { version: 2, registries: { dockerAuthConfig: { source: 'variable', merge: true } } },
      { DOCKER_AUTH_CONFIG: GIVEN_CONFIG },
    )
  })

  it('stops the job when DOCKER_AUTH_CONFIG holds no JSON object', () => {
    const config = parseConfigOrThrow(withAuth({ source: 'variable', merge: true }))
    for (const value of ['', 'null', '"auths"', undefined]) {
      for (const job of jobsOf(config)) {
        const run = runJob(job.job, {
          variables: variablesFor(config, { DOCKER_AUTH_CONFIG: value }),
          image: job.image,
          files: FILES,
        })
        expect({
          exitCode: run.exitCode,
          stderr: run.stderr,
          ran: run.invocations.length,
          configJson: Object.keys(run.files).filter((f) => f.endsWith('config.json')),
        }).toEqual({
          exitCode: 1,
          stderr: '$DOCKER_AUTH_CONFIG does not hold a config.json (a JSON object)\n',
          ran: 0,
          configJson: [],
        })
      }
    }
  })

  it('stops the job when the base64 CA is not base64 (pipefail), and skips an optional one unset', () => {
    const config = parseConfigOrThrow(FORMS)
    const [build] = jobsOf(config)
    if (!build) throw new Error('no build job')
    const bad = runJob(build.job, {
      variables: variablesFor(config, { CA_BASE64: 'not base64!' }),
      image: build.image,
      files: FILES,
    })
    expect({ exitCode: bad.exitCode, ran: bad.invocations.length }).toEqual({ exitCode: 1, ran: 0 })
    proveConfig(
      { ...FORMS, certificates: { ...FORMS.certificates, onlyWhenSet: true } },
      { CA_BASE64: undefined },
    )
    proveConfig({ ...FORMS, certificates: { ...FORMS.certificates, onlyWhenSet: true } })
  })

  it('leaves an image path out of the manifest job, with no stray line break before the next CA', () => {
    proveConfig({
      ...FORMS,
      certificates: {
        enabled: true,
        source: 'path',
        path: '/etc/corp/ca.pem',
        more: [
          { source: 'file-variable', value: 'SECOND_CA' },
          { source: 'path', value: '/etc/corp/ca.pem' },
          { source: 'base64-variable', value: 'CA_BASE64' },
        ],
      },
    })
  })

  it('pushes a whole reference from a variable, next to registries whose hosts are checked', () => {
    const input = { ...FORMS, images: [{ destinations: [{ repository: '$IMAGE_REF', tags: [] }] }] }
    const { config, jobs } = proveConfig(input, { IMAGE_REF: 'harbor.example.com/team/app:1.0' })
    const [build] = jobs
    if (!build) throw new Error('no build job')
    const run = runJob(build.job, {
      variables: variablesFor(config, { IMAGE_REF: 'harbor.example.com/team/app:1.0' }),
      image: build.image,
      files: FILES,
    })
    const argv = run.executorCalls[0] ?? []
    expect(argv.filter((_, i) => argv[i - 1] === '--destination')).toEqual([
      'harbor.example.com/team/app:1.0',
    ])
  })

  it('decodes a base64 CA that wraps at 76 columns and carries CR LF', () => {
    const wrapped = (base64(`${pem('WRAPPED'.repeat(20))}\n`).match(/.{1,76}/g) ?? []).join('\r\n')
    proveConfig(FORMS, { CA_BASE64: wrapped })
  })

  it('passes the whole pipeline proof too (structure, argv, environment, files), without path CAs', () => {
    const input = {
      ...FORMS,
      certificates: {
        ...FORMS.certificates,
        more: (FORMS.certificates?.more ?? []).filter((ca) => ca.source !== 'path'),
      },
    }
    for (const merge of [true, false]) {
      const config = parseConfigOrThrow(withAuth({ source: 'file-variable', merge }, {}))
      const withoutPaths = parseConfigOrThrow({ ...input, registries: config.registries })
      const proof = provePipeline(withoutPaths, generate(withoutPaths), {
        variables: variablesFor(withoutPaths),
      })
      expect(proof.problems).toEqual([])
      expect(proof.runs.size).toBe(2)
    }
  })

  it(`random auth and CA forms (${RANDOM_RUNS} configs, seed ${RANDOM_SEED}) match the oracles in every job`, () => {
    fc.assert(
      fc.property(
        randomForms,
        fc.constantFrom(...GIVEN_TEXTS),
        fc.boolean(),
        (input, given, unsetOptional) => {
          const config = parseConfigOrThrow(input)
          const dockerAuthConfig =
            config.registries.dockerAuthConfig.source === 'file-variable' ? { file: given } : given
          const variables = variablesFor(config, {
            DOCKER_AUTH_CONFIG: dockerAuthConfig,
            ...(unsetOptional ? { CUSTOM_CA_CERT: undefined, CUSTOM_CA_CERT_BASE64: undefined } : {}),
          })
          // An unset CA variable that is not optional fails the job on purpose (cat or base64 of nothing):
          // the first CA's, or one of `more` that reads the same variable (only the first is optional).
          const certificates = config.certificates
          const readsUnset = certificates.more.some(
            (ca) =>
              ca.source.endsWith('variable') &&
              ['CUSTOM_CA_CERT', 'CUSTOM_CA_CERT_BASE64'].includes(ca.value),
          )
          if (unsetOptional && certificates.enabled && (!certificates.onlyWhenSet || readsUnset)) return
          for (const job of jobsOf(config)) {
            const { got, expected } = proveRun(config, job, variables)
            expect({ job: job.job.name, ...got }, JSON.stringify(input)).toEqual({
              job: job.job.name,
              ...expected,
            })
          }
        },
      ),
      { numRuns: RANDOM_RUNS, seed: RANDOM_SEED },
    )
  })

  it('writes job scripts shellcheck finds clean', () => {
    const inputs = [
      FORMS,
      withAuth({ source: 'variable', merge: false }),
      { ...FORMS, certificates: { ...FORMS.certificates, onlyWhenSet: true } },
    ]
    const scripts = inputs.flatMap((input, i) =>
      jobsOf(parseConfigOrThrow(input)).map(({ job }) => jobScript(`${i}:${job.name}`, job)),
    )
    const exported = ['HARBOR_TOKEN', 'ECR_HOST', 'ECR_PASSWORD', 'QUAY_USER', 'QUAY_PASSWORD', 'GCP_KEY']
    const findings = shellcheckScripts(
      scripts.map((s) => ({
        ...s,
        exported: [...(s.exported ?? []), ...exported, 'DOCKER_AUTH_CONFIG', 'CA_BASE64', 'SECOND_CA'],
      })),
    )
    expect(formatFindings([...findings.values()].flat())).toBe('')
  })
})
