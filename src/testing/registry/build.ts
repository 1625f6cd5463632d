import * as fs from 'node:fs'
import * as path from 'node:path'
import type { RunResult } from '../chroot-runner.ts'
import type { JobFiles, RegistryChecks } from './checks.ts'
import {
  buildah,
  buildahPolicy,
  buildahRegistryOptions,
  clientEnv,
  NO_AUTHFILE,
  skopeoCopy,
  skopeoInspect,
} from './clients.ts'
import { BASE_IMAGE_NAME } from './environment.ts'
import { BASE_IMAGE_FILE } from './images.ts'
import { executorToBuildah } from './translate.ts'

/**
 * One real build: the executor argv a build job recorded, translated to `buildah bud --isolation
 * chroot` (translate.ts), on a Dockerfile whose FROM comes through the Dependency Proxy; the result is
 * pushed to every destination with the job's config.json and CA bundle, then pulled back and its
 * labels and files checked. This proves the registry side (credentials, CA, references, build args
 * reaching the Dockerfile), not kaniko.
 */

export const HELLO_TEXT = 'built by the real-registry proof\n'

/** The Dockerfile of the build: its unused stage would fail if it were built. */
export const DOCKERFILE = `ARG CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX
FROM \${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/${BASE_IMAGE_NAME} AS base

FROM base AS unused
COPY does-not-exist /nowhere

FROM base AS runtime
ARG APP_VERSION
ARG NPM_TOKEN
COPY hello.txt /app/hello.txt
LABEL app.version=$APP_VERSION app.npm-token=$NPM_TOKEN
`

/**
 * Adds the build, its pushes and the pull-backs. `projectDir` is the job's CI_PROJECT_DIR; the
 * Dockerfile lives at `<project>/docker/Dockerfile` as the config says.
 */
export function addRealBuild(
  checks: RegistryChecks,
  group: string,
  run: RunResult,
  files: JobFiles,
  expectedLabels: Readonly<Record<string, string>>,
): void {
  const clients = checks.clients
  const projectDir = run.jobEnv.CI_PROJECT_DIR ?? ''
  const project = checks.newDir('project')
  fs.mkdirSync(path.join(project, 'docker'))
  fs.writeFileSync(path.join(project, 'docker', 'Dockerfile'), DOCKERFILE)
  fs.writeFileSync(path.join(project, 'hello.txt'), HELLO_TEXT)
  const mapPath = (jobPath: string) => {
    if (jobPath !== projectDir && !jobPath.startsWith(`${projectDir}/`)) {
      throw new Error(`${jobPath} is outside the project dir ${projectDir}`)
    }
    return project + jobPath.slice(projectDir.length)
  }
  const translated = executorToBuildah(run.executorCalls[0] ?? [], run.jobEnv, mapPath)
  const credentials = { authfile: files.authfile ?? NO_AUTHFILE }
  const env = clientEnv(clients, files.bundleDir, translated.env)
  checks.add(
    group,
    'build',
    `buildah bud (${translated.dropped.join('; ') || 'every flag translated'})`,
    buildah(
      clients,
      'bud',
      '--isolation',
      'chroot',
      '--retry',
      '0',
      ...buildahPolicy(clients),
      ...buildahRegistryOptions(clients, credentials),
      ...translated.budArgs,
    ),
    env,
  )
  for (const destination of translated.destinations) {
    checks.add(
      group,
      'push',
      `buildah push ${destination}`,
      buildah(
        clients,
        'push',
        '--retry',
        '0',
        ...buildahPolicy(clients),
        ...buildahRegistryOptions(clients, credentials),
        translated.localName,
        `docker://${destination}`,
      ),
      env,
    )
    checks.add(
      group,
      'inspect',
      `labels of ${destination}`,
      skopeoInspect(clients, credentials.authfile, destination, '--config'),
      env,
      'success',
      (result) => labelProblems(`${group} ${destination}`, result.stdout, expectedLabels),
    )
    const pulled = checks.newDir('pulled')
    checks.add(
      group,
      'pull',
      `pull back ${destination}`,
      skopeoCopy(clients, credentials.authfile, `docker://${destination}`, `oci:${pulled}/oci:image`),
      env,
    )
    const rootfs = path.join(pulled, 'rootfs')
    checks.add(
      group,
      'unpack',
      `files of ${destination}`,
      ['umoci', 'raw', 'unpack', '--image', `${pulled}/oci:image`, rootfs],
      env,
      'success',
      () => fileProblems(`${group} ${destination}`, rootfs),
    )
  }
}

function labelProblems(
  where: string,
  configJson: string,
  expected: Readonly<Record<string, string>>,
): string[] {
  let labels: Record<string, string> = {}
  try {
    labels = (JSON.parse(configJson) as { config?: { Labels?: Record<string, string> } }).config?.Labels ?? {}
  } catch {
    return [`${where}: the image config is not JSON`]
  }
  return Object.entries(expected)
    .filter(([key, value]) => labels[key] !== value)
    .map(
      ([key, value]) =>
        `${where}: label ${key} is ${JSON.stringify(labels[key])}, expected ${JSON.stringify(value)}`,
    )
}

function fileProblems(where: string, rootfs: string): string[] {
  const problems: string[] = []
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(rootfs, file), 'utf8')
    } catch {
      return undefined
    }
  }
  if (read('app/hello.txt') !== HELLO_TEXT)
    problems.push(`${where}: /app/hello.txt is ${JSON.stringify(read('app/hello.txt'))}`)
  if (read(BASE_IMAGE_FILE) === undefined)
    problems.push(`${where}: ${BASE_IMAGE_FILE} of the base image is missing`)
  return problems
}
