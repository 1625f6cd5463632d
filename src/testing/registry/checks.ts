import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Platform } from '../../core/catalog/platforms.ts'
import { imageView } from '../../core/config/image-view.ts'
import type { Config } from '../../core/config/schema.ts'
import type { RunResult } from '../chroot-runner.ts'
import { SYSTEM_CA_MARKER } from '../chroot-runner.ts'
import { readDockerConfig } from '../docker-config-json.ts'
import { hasGitlabHelper, manifestToolReplace, PATHS } from '../oracle.ts'
import {
  buildah,
  buildahPolicy,
  buildahRegistryOptions,
  type ClientPaths,
  clientEnv,
  NO_AUTHFILE,
  skopeoCopy,
  skopeoInspect,
} from './clients.ts'
import { BASE_IMAGE_NAME, PROXY_GROUP_PATH, type TestEnvironment } from './environment.ts'
import type { NamespaceSession, SessionResult, Step, StepResult } from './session.ts'
import { executorBuildArg, executorDestinations, readManifestToolPush } from './translate.ts'

/**
 * Turns the runs of a pipeline's jobs into steps for the namespace session (skopeo pushes, pulls
 * through the Dependency Proxy, buildah manifest lists) and, after the session, into readable
 * problems. Every step states what it expects: success, or a failure whose message matches.
 */

export type CheckKind = 'push' | 'pull' | 'manifest' | 'inspect' | 'build' | 'seed' | 'unpack'

export interface Check {
  readonly group: string
  readonly kind: CheckKind
  readonly step: Step
  /** `success`, or the error the step must fail with. */
  readonly expect: 'success' | RegExp
  /** Looks at a successful step's output; returns problems. */
  readonly verify?: (result: StepResult) => string[]
}

/** What a job left behind, written where the clients can read it. */
export interface JobFiles {
  readonly authfile: string | undefined
  readonly authJson: string | undefined
  readonly bundleDir: string
}

const HOST_ONLY_KEY = /^[A-Za-z0-9.-]+(:[0-9]+)?$/

export class RegistryChecks {
  readonly checks: Check[] = []
  private fileCounter = 0
  private listCounter = 0

  constructor(
    readonly environment: TestEnvironment,
    readonly session: NamespaceSession,
  ) {}

  get clients(): ClientPaths {
    return this.environment.clients
  }

  add(
    group: string,
    kind: CheckKind,
    label: string,
    argv: readonly string[],
    env: Readonly<Record<string, string>>,
    expect: Check['expect'] = 'success',
    verify?: Check['verify'],
  ): Check {
    const step = this.session.add(`${group}: ${label}`, argv, env)
    const check = { group, kind, step, expect, ...(verify ? { verify } : {}) }
    this.checks.push(check)
    return check
  }

  /** A fresh directory under the test's dir. */
  newDir(kind: string): string {
    this.fileCounter += 1
    const dir = path.join(this.environment.dir, 'files', `${kind}-${this.fileCounter}`)
    fs.mkdirSync(dir, { recursive: true })
    return dir
  }

  /** Writes a config.json and a CA bundle (each in its own dir) for the clients. */
  writeJobFiles(authJson: string | undefined, bundle: string): JobFiles {
    const dir = this.newDir('job')
    const bundleDir = path.join(dir, 'certs')
    fs.mkdirSync(bundleDir)
    // Go reads every file of SSL_CERT_DIR; this one is the job's whole trust.
    fs.writeFileSync(path.join(bundleDir, 'ca-certificates.crt'), bundle)
    if (authJson === undefined) return { authfile: undefined, authJson, bundleDir }
    const authfile = path.join(dir, 'config.json')
    fs.writeFileSync(authfile, authJson)
    return { authfile, authJson, bundleDir }
  }

  /** An authfile made by the test itself (seeding, kaniko's GitLab helper). */
  writeAuthfile(entries: Readonly<Record<string, string>>): string {
    const auths = Object.fromEntries(
      Object.entries(entries).map(([key, pair]) => [key, { auth: Buffer.from(pair).toString('base64') }]),
    )
    const file = path.join(this.newDir('auth'), 'config.json')
    fs.writeFileSync(file, JSON.stringify({ auths }))
    return file
  }

  /**
   * A build job: its config.json keys are host-only (what kaniko looks up), the image is pushed to
   * every destination of the argv, and the base image is pulled through the Dependency Proxy.
   */
  addBuildJob(group: string, config: Config, run: RunResult, image: string, problems: string[]): JobFiles {
    const argv = run.executorCalls[0] ?? []
    const files = this.writeJobFiles(
      run.files[PATHS.kanikoConfig],
      run.files[PATHS.kanikoBundle] ?? `${SYSTEM_CA_MARKER}\n`,
    )
    const keys = authKeys(files.authJson)
    for (const key of keys) {
      if (!HOST_ONLY_KEY.test(key))
        problems.push(`${group}: config.json key ${JSON.stringify(key)} is not host[:port]`)
    }
    const env = clientEnv(this.clients, files.bundleDir)
    const destinations = executorDestinations(argv)
    if (destinations.length === 0) problems.push(`${group}: the executor argv names no destination`)
    for (const destination of destinations) {
      const authfile = this.authfileFor(config, run, files, destination)
      this.add(
        group,
        'push',
        `push ${destination}`,
        skopeoCopy(this.clients, authfile, image, `docker://${destination}`),
        env,
      )
    }
    if (config.registries.dependencyProxy.enabled) {
      const base = `${this.proxyPrefix(config, argv, run.jobEnv)}/${BASE_IMAGE_NAME}`
      const to = `oci:${this.newDir('pull')}/oci:base`
      this.add(
        group,
        'pull',
        `pull ${base} through the Dependency Proxy`,
        skopeoCopy(this.clients, files.authfile ?? NO_AUTHFILE, `docker://${base}`, to),
        env,
      )
    }
    return files
  }

  /**
   * The image reference prefix a Dockerfile of this job uses: the build arg when the job passes it,
   * otherwise the documented form (port stripped when the key is).
   */
  private proxyPrefix(
    config: Config,
    argv: readonly string[],
    jobEnv: Readonly<Record<string, string>>,
  ): string {
    const fromArg = executorBuildArg(argv, 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX', jobEnv)
    if (fromArg !== undefined) return fromArg
    const server = jobEnv.CI_DEPENDENCY_PROXY_SERVER ?? ''
    const host = config.registries.dependencyProxy.stripPort ? (server.split(':')[0] ?? '') : server
    return `${host}/${PROXY_GROUP_PATH}`
  }

  /**
   * The job's config.json, or for a push to $CI_REGISTRY it does not cover, kaniko's built-in GitLab
   * helper (v1.9.0+), emulated from the job's CI_REGISTRY_USER/PASSWORD.
   */
  private authfileFor(config: Config, run: RunResult, files: JobFiles, destination: string): string {
    const host = destination.split('/')[0] ?? ''
    const registry = run.jobEnv.CI_REGISTRY ?? ''
    const covered = authKeys(files.authJson).includes(host)
    if (
      !covered &&
      host === registry &&
      config.registries.gitlabAuth !== 'config-json' &&
      hasGitlabHelper(imageView(config, 0))
    ) {
      const pair = `${run.jobEnv.CI_REGISTRY_USER ?? ''}:${run.jobEnv.CI_REGISTRY_PASSWORD ?? ''}`
      return this.writeAuthfile({ [registry]: pair })
    }
    return files.authfile ?? NO_AUTHFILE
  }

  /**
   * The manifest job: for each manifest-tool call, buildah joins the per-platform images named by
   * `--template` (ARCH, OS, VARIANT replaced as manifest-tool does) into a list pushed to `--target`
   * with the job's credentials and CA bundle; the pushed index must name exactly the config's platforms.
   */
  addManifestJob(group: string, config: Config, run: RunResult, problems: string[]): void {
    const files = this.writeJobFiles(
      run.files[PATHS.manifestToolConfig],
      run.files[PATHS.alpineBundle] ?? `${SYSTEM_CA_MARKER}\n`,
    )
    for (const key of authKeys(files.authJson)) {
      if (!HOST_ONLY_KEY.test(key))
        problems.push(`${group}: manifest config.json key ${JSON.stringify(key)} is not host[:port]`)
    }
    const env = clientEnv(this.clients, files.bundleDir)
    const intended = (config.images[0]?.multiArch.platforms ?? []).map((p) => p.platform)
    if (run.manifestToolCalls.length === 0) problems.push(`${group}: manifest-tool never ran`)
    for (const argv of run.manifestToolCalls) {
      const push = readManifestToolPush(argv)
      const credentials: { authfile: string } | { creds: string } =
        'dockerCfg' in push.credentials
          ? { authfile: this.manifestAuthfile(push.credentials.dockerCfg, files, problems, group) }
          : { creds: `${push.credentials.username}:${push.credentials.password}` }
      this.listCounter += 1
      const list = `kanikoconfig-list-${this.listCounter}`
      this.add(
        group,
        'manifest',
        `manifest create ${list}`,
        buildah(this.clients, 'manifest', 'create', list),
        env,
      )
      for (const platform of push.platforms) {
        const source = manifestToolReplace(push.template, platform)
        const variant = platform.split('/')[2]
        this.add(
          group,
          'manifest',
          `manifest add ${source} (${platform})`,
          buildah(
            this.clients,
            'manifest',
            'add',
            ...buildahRegistryOptions(this.clients, credentials),
            ...(variant ? ['--variant', variant] : []),
            list,
            `docker://${source}`,
          ),
          env,
        )
      }
      this.add(
        group,
        'manifest',
        `manifest push --all ${push.target}`,
        buildah(
          this.clients,
          'manifest',
          'push',
          '--all',
          ...buildahPolicy(this.clients),
          ...buildahRegistryOptions(this.clients, credentials),
          list,
          `docker://${push.target}`,
        ),
        env,
      )
      const inspectAuth =
        'authfile' in credentials
          ? credentials.authfile
          : this.writeAuthfile({ [push.target.split('/')[0] ?? '']: credentials.creds })
      this.add(
        group,
        'inspect',
        `inspect --raw ${push.target}`,
        skopeoInspect(this.clients, inspectAuth, push.target, '--raw'),
        env,
        'success',
        (result) => indexPlatformProblems(`${group} ${push.target}`, result.stdout, intended),
      )
    }
  }

  private manifestAuthfile(dockerCfg: string, files: JobFiles, problems: string[], group: string): string {
    if (`${dockerCfg.replace(/\/$/, '')}/config.json` !== PATHS.manifestToolConfig) {
      problems.push(`${group}: --docker-cfg ${dockerCfg} is not where the job wrote config.json`)
    }
    return files.authfile ?? NO_AUTHFILE
  }

  /** Problems of every check of `group` (all groups when omitted; only `kinds` when given) after the session. */
  problems(session: SessionResult, group?: string, kinds?: readonly CheckKind[]): string[] {
    const problems: string[] = []
    for (const check of this.checks) {
      if (group !== undefined && check.group !== group) continue
      if (kinds !== undefined && !kinds.includes(check.kind)) continue
      const result = session.results.get(check.step.id)
      const label = check.step.label
      if (!result) {
        problems.push(`${label}: did not run (driver: ${session.driverStderr.trim()})`)
        continue
      }
      if (check.expect === 'success') {
        if (result.code !== 0) problems.push(`${label}: exit ${result.code}: ${lastLine(result.stderr)}`)
        else if (check.verify) problems.push(...check.verify(result))
      } else if (result.code === 0) {
        problems.push(`${label}: succeeded, but must fail with ${check.expect}`)
      } else if (!check.expect.test(result.stderr)) {
        problems.push(
          `${label}: failed with ${JSON.stringify(lastLine(result.stderr))}, expected ${check.expect}`,
        )
      }
    }
    return problems
  }

  count(kind: CheckKind, group?: string): number {
    return this.checks.filter((c) => c.kind === kind && (group === undefined || c.group === group)).length
  }
}

/** Keys of `auths` and `credHelpers` of a config.json (none when it is absent or not JSON). */
export function authKeys(json: string | undefined): string[] {
  if (json === undefined) return []
  try {
    // As Go reads it: a second `auths` member (a merged DOCKER_AUTH_CONFIG) adds to the first.
    const parsed = readDockerConfig(json)
    return [...Object.keys(parsed.auths), ...Object.keys(parsed.credHelpers)]
  } catch {
    return []
  }
}

/** The platforms of an OCI index / Docker manifest list must be exactly `intended`. */
export function indexPlatformProblems(where: string, raw: string, intended: readonly Platform[]): string[] {
  let index: {
    mediaType?: string
    manifests?: { platform?: { os?: string; architecture?: string; variant?: string } }[]
  }
  try {
    index = JSON.parse(raw)
  } catch {
    return [`${where}: the manifest is not JSON: ${raw.slice(0, 200)}`]
  }
  if (!Array.isArray(index.manifests)) return [`${where}: not an index: ${raw.slice(0, 200)}`]
  const got = index.manifests
    .map(({ platform: p }) => [p?.os, p?.architecture, p?.variant].filter(Boolean).join('/'))
    .sort()
  const want = [...intended].sort()
  return JSON.stringify(got) === JSON.stringify(want)
    ? []
    : [`${where}: index platforms ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`]
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? ''
}
