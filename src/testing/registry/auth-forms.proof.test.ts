import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import type { ConfigInput } from '../../core/config/schema.ts'
import { generate } from '../../core/generate/index.ts'
import { type CiVariables, runJob, SYSTEM_CA_MARKER } from '../chroot-runner.ts'
import { ciVariables } from '../ci-env.ts'
import { readDockerConfig } from '../docker-config-json.ts'
import { extractPipeline } from '../extract.ts'
import { PATHS } from '../oracle.ts'
import { removeStaleDirs } from '../stale-dirs.ts'
import { RegistryChecks } from './checks.ts'
import { clientEnv, prepareClients, skopeoCopy } from './clients.ts'
import type { TestEnvironment } from './environment.ts'
import { makeImages } from './images.ts'
import { makeCertificates } from './pki.ts'
import { prepareRegistry, type RegistrySpec } from './registries.ts'
import { NamespaceSession, type SessionResult } from './session.ts'
import { executorDestinations } from './translate.ts'

/**
 * The auth and CA forms of config v2 against real TLS registries (CNCF distribution with htpasswd),
 * in a private network namespace of their own: the config.json a job writes from DOCKER_AUTH_CONFIG
 * (merged with ours, or as is), with a literal user name (`robot$ci+builder`), and a CA bundle made
 * from a base64 variable, a path, a pasted PEM and a File variable, two CAs each signing other
 * registries, must let skopeo push to every destination with nothing else trusted or known; and
 * each half alone must not (the other CA missing: x509; their stale password alone: unauthorized).
 */

const IS_ROOT = process.getuid?.() === 0
const TOOLS = ['docker-registry', 'skopeo', 'umoci', 'htpasswd', 'openssl', 'ip', 'unshare', 'curl']

const GITLAB_PASSWORD = `pa"ss'wo rd $HOME $(id) \`id\` \\ # a:b パスワード🔑ü ${'R0aZ9'.repeat(30)}`
const ROBOT_USER = 'robot$ci+builder'
const ROBOT_PASSWORD = `x:y "$(id)" \\ # é 🐳 '}{,"auths"`
const GIVEN_USER = 'given user é'
const GIVEN_PASSWORD = `"}{'$HOME \\n #`

/** GitLab's registry behind CA A; the robot's and the given registry behind CA B. */
const SPECS = {
  gitlab: { label: 'GitLab registry', host: 'gitlab.test', port: 5050, ca: 'a' },
  robot: { label: 'robot registry', host: 'harbor.test', port: 5443, ca: 'b' },
  given: { label: 'registry only DOCKER_AUTH_CONFIG knows', host: 'given.test', port: 5444, ca: 'b' },
} as const
const USERS: Record<keyof typeof SPECS, RegistrySpec['users']> = {
  gitlab: [{ name: 'gitlab-ci-token', password: GITLAB_PASSWORD }],
  robot: [{ name: ROBOT_USER, password: ROBOT_PASSWORD }],
  given: [{ name: GIVEN_USER, password: GIVEN_PASSWORD }],
}
const address = (name: keyof typeof SPECS) => `${SPECS[name].host}:${SPECS[name].port}`
const base64 = (text: string) => Buffer.from(text).toString('base64')
const authOf = (user: string, password: string) => ({ auth: base64(`${user}:${password}`) })

/** What projects keep in DOCKER_AUTH_CONFIG: the given registry, and a stale password for the robot's. */
function givenConfig(robotPassword: string): string {
  return `{
  "auths": {
    ${JSON.stringify(address('given'))}: ${JSON.stringify(authOf(GIVEN_USER, GIVEN_PASSWORD))},
    ${JSON.stringify(address('robot'))}: ${JSON.stringify(authOf(ROBOT_USER, robotPassword))}
  }
}
`
}

const DESTINATIONS = [
  { repository: `${address('gitlab')}/group/project`, tags: ['v1'] },
  { repository: `${address('robot')}/project/app`, tags: ['v1'] },
  // A whole reference in a variable (`tags: []`), as projects pass $IMAGE_REF.
  { repository: '$GIVEN_IMAGE_REF', tags: [] },
]

interface Case {
  readonly config: (pems: { a: string; b: string }) => ConfigInput
  readonly variables: (pems: { a: string; b: string }) => Record<string, CiVariables[string]>
  /** Files of the repository (absolute path → content), for path CAs. */
  readonly files?: (pems: { a: string; b: string }) => Record<string, string>
}

const PROJECT = '/builds/group/project'

const CASES: Record<string, Case> = {
  // Merged: ours (GitLab's registry, the robot with the right password) over theirs (the given
  // registry, the robot's stale password); CA A from a base64 variable, CA B from a File variable.
  'merged DOCKER_AUTH_CONFIG, literal user, base64 CA + File CA': {
    config: () => ({
      version: 2,
      images: [{ destinations: DESTINATIONS }],
      registries: {
        gitlabAuth: 'config-json',
        dockerAuthConfig: { source: 'variable', merge: true },
        extra: [{ host: address('robot'), usernameLiteral: ROBOT_USER, passwordVariable: 'ROBOT_TOKEN' }],
      },
      certificates: {
        enabled: true,
        source: 'base64-variable',
        base64Variable: 'CA_A_BASE64',
        more: [{ source: 'file-variable', value: 'CA_B_FILE', registry: address('robot') }],
      },
    }),
    variables: (pems) => ({
      DOCKER_AUTH_CONFIG: givenConfig('stale password'),
      ROBOT_TOKEN: ROBOT_PASSWORD,
      CA_A_BASE64: base64(pems.a),
      CA_B_FILE: { file: pems.b },
    }),
  },
  // As is (File variable, no merge): theirs holds every registry; CA A from a path in the
  // repository, CA B pasted.
  'DOCKER_AUTH_CONFIG as is (File), path CA + pasted CA': {
    config: (pems) => ({
      version: 2,
      images: [{ destinations: DESTINATIONS }],
      registries: {
        dockerAuthConfig: { source: 'file-variable', merge: false },
        extra: [{ host: address('robot'), usernameLiteral: 'not used', passwordVariable: 'ROBOT_TOKEN' }],
      },
      certificates: {
        enabled: true,
        source: 'path',
        path: '${CI_PROJECT_DIR}/certs/ca-a.pem',
        more: [{ source: 'pem', value: pems.b, registry: address('given') }],
      },
    }),
    variables: () => ({
      DOCKER_AUTH_CONFIG: {
        file: JSON.stringify({
          auths: {
            [address('gitlab')]: authOf('gitlab-ci-token', GITLAB_PASSWORD),
            [address('given')]: authOf(GIVEN_USER, GIVEN_PASSWORD),
            [address('robot')]: authOf(ROBOT_USER, ROBOT_PASSWORD),
          },
        }),
      },
      ROBOT_TOKEN: 'wrong, and not written',
    }),
    files: (pems) => ({ [`${PROJECT}/certs/ca-a.pem`]: pems.a }),
  },
}

interface JobOutput {
  readonly authJson: string
  readonly bundle: string
  readonly destinations: string[]
  readonly problems: string[]
}

if (!IS_ROOT) {
  const reason = 'real-registry auth-forms proof SKIPPED: it needs root (chroot, unshare --net)'
  console.warn(`\n*** ${reason} ***\n`)
  describe('auth and CA forms against real registries', () => {
    it.skip(reason, () => {})
  })
} else {
  describe('auth and CA forms against real registries', () => {
    let dir: string | undefined
    let checks: RegistryChecks
    let session: SessionResult
    const outputs = new Map<string, JobOutput>()

    beforeAll(() => {
      const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      if (missing.length > 0) throw new Error(`missing tools (see .ci/run): ${missing.join(', ')}`)
      removeStaleDirs(os.tmpdir(), 'kanikoconfig-authforms-')
      dir = fs.mkdtempSync(path.join(os.tmpdir(), `kanikoconfig-authforms-${process.pid}-`))
      const work = dir
      const hostsOf = (ca: 'a' | 'b') =>
        Object.values(SPECS)
          .filter((s) => s.ca === ca)
          .map((s) => s.host)
      const pki = {
        a: makeCertificates(path.join(work, 'pki-a'), hostsOf('a')),
        b: makeCertificates(path.join(work, 'pki-b'), hostsOf('b')),
      }
      const registries = (Object.keys(SPECS) as (keyof typeof SPECS)[]).map((name) =>
        prepareRegistry(
          path.join(work, 'registries', name),
          { ...SPECS[name], users: USERS[name] },
          pki[SPECS[name].ca],
        ),
      )
      const bothCas = path.join(work, 'both-cas.pem')
      fs.writeFileSync(bothCas, pki.a.caPem + pki.b.caPem)
      const environment: TestEnvironment = {
        dir: work,
        certificates: pki.a,
        registries,
        images: makeImages(path.join(work, 'images')),
        clients: prepareClients(path.join(work, 'clients')),
      }
      const ns = new NamespaceSession(work, registries, bothCas)
      checks = new RegistryChecks(environment, ns)
      const pems = { a: pki.a.caPem, b: pki.b.caPem }
      for (const [name, testCase] of Object.entries(CASES)) {
        const output = runCase(testCase, pems)
        outputs.set(name, output)
        const files = checks.writeJobFiles(output.authJson, output.bundle)
        for (const destination of output.destinations) {
          checks.add(
            name,
            'push',
            `push ${destination}`,
            skopeoCopy(
              checks.clients,
              files.authfile ?? '',
              environment.images.baseImage,
              `docker://${destination}`,
            ),
            clientEnv(checks.clients, files.bundleDir),
          )
        }
      }
      addControls(checks, environment, pems)
      session = ns.run()
      console.info(
        `auth forms, real registries: ${checks.count('push')} pushes in ${session.elapsedMs} ms (${registries.length} TLS registries, 2 CAs)`,
      )
    }, 120_000)

    afterAll(() => {
      if (dir && process.env.KANIKOCONFIG_KEEP_REGISTRY_DIR !== '1')
        fs.rmSync(dir, { recursive: true, force: true })
    })

    it('the registries start with TLS from two CAs', () => {
      expect(session.driverStderr).toBe('')
      expect(session.driverCode).toBe(0)
    })

    for (const name of Object.keys(CASES)) {
      it(`${name}: the job's config.json and CA bundle push to all three registries`, () => {
        expect(outputs.get(name)?.problems).toEqual([])
        expect(checks.problems(session, name)).toEqual([])
        expect(checks.count('push', name)).toBe(DESTINATIONS.length)
      })
    }

    it('it can fail: without CA B, with only their stale password, or without their file', () => {
      expect(checks.problems(session, 'controls')).toEqual([])
      expect(checks.count('push', 'controls')).toBe(3)
    })
  })
}

/** Runs the case's build job under busybox; what it wrote, and the executor's destinations. */
function runCase(testCase: Case, pems: { a: string; b: string }): JobOutput {
  const config = parseConfigOrThrow(testCase.config(pems))
  const [job, ...others] = extractPipeline(generate(config)).jobs
  const problems: string[] = []
  if (!job || others.length > 0) problems.push('expected one build job')
  if (!job) return { authJson: '', bundle: '', destinations: [], problems }
  const files = testCase.files?.(pems) ?? {}
  const variables = {
    ...ciVariables(config),
    CI_PROJECT_DIR: PROJECT,
    ...realVariables(),
    ...testCase.variables(pems),
  }
  const run = runJob(job, { variables, image: 'kaniko-debug', files })
  if (run.exitCode !== 0) problems.push(`the job exited with ${run.exitCode}: ${run.stderr}`)
  const authJson = run.files[PATHS.kanikoConfig] ?? ''
  try {
    readDockerConfig(authJson)
  } catch (error) {
    problems.push(`config.json is not what Go reads: ${String(error)}`)
  }
  const bundle = run.files[PATHS.kanikoBundle] ?? ''
  if (!bundle.startsWith(`${SYSTEM_CA_MARKER}\n`)) problems.push('the CA bundle lost the system CAs')
  const argv = run.executorCalls[0] ?? []
  return { authJson, bundle, destinations: executorDestinations(argv), problems }
}

/** GitLab's variables pointing at the test registries. */
function realVariables(): Record<string, string> {
  return {
    CI_REGISTRY: address('gitlab'),
    CI_REGISTRY_IMAGE: `${address('gitlab')}/group/project`,
    CI_REGISTRY_USER: 'gitlab-ci-token',
    CI_REGISTRY_PASSWORD: GITLAB_PASSWORD,
    GIVEN_IMAGE_REF: `${address('given')}/team/app:v1`,
  }
}

/**
 * Each half alone must fail, so the passes above are the forms' doing: the robot's registry with a
 * bundle holding CA A only (x509), with their stale password alone (unauthorized), and the given
 * registry with our entries alone (unauthorized: only their file knows it).
 */
function addControls(checks: RegistryChecks, environment: TestEnvironment, pems: { a: string; b: string }) {
  const push = (label: string, authfile: string, bundle: string, target: string, expect: RegExp) => {
    const files = checks.writeJobFiles(undefined, bundle)
    checks.add(
      'controls',
      'push',
      label,
      skopeoCopy(checks.clients, authfile, environment.images.baseImage, `docker://${target}`),
      clientEnv(checks.clients, files.bundleDir),
      expect,
    )
  }
  const both = `${SYSTEM_CA_MARKER}\n${pems.a}\n${pems.b}`
  const right = checks.writeAuthfile({ [address('robot')]: `${ROBOT_USER}:${ROBOT_PASSWORD}` })
  push(
    'CA A only',
    right,
    `${SYSTEM_CA_MARKER}\n${pems.a}`,
    `${address('robot')}/project/app:control`,
    /x509: certificate signed by unknown authority/,
  )
  const staleFile = path.join(checks.newDir('stale'), 'config.json')
  fs.writeFileSync(staleFile, givenConfig('stale password'))
  push(
    'their stale password alone',
    staleFile,
    both,
    `${address('robot')}/project/app:control`,
    /unauthorized: authentication required/,
  )
  const oursOnly = checks.writeAuthfile({ [address('robot')]: `${ROBOT_USER}:${ROBOT_PASSWORD}` })
  push(
    'ours alone, for the registry only their file knows',
    oursOnly,
    both,
    `${address('given')}/team/app:control`,
    /unauthorized: authentication required/,
  )
}
