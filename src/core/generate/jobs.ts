import type { Platform } from '../catalog/platforms.ts'
import type { Config } from '../config/schema.ts'
import { quoteShellText } from '../shell/quote.ts'
import { configJsonLines, kanikoAuthEntries, manifestToolAuthEntries } from './auth.ts'
import { certificateLines } from './certificates.ts'
import { ShellCommand } from './command.ts'
import { executorCommand } from './executor-args.ts'
import { executorImage } from './image.ts'
import { expandPlatformTemplate, platformSlug } from './platform-tags.ts'
import { proxyJobVariables } from './proxy.ts'
import { jobRules } from './rules.ts'

/** A job as plain data in GitLab's key order; `comments` are attached by the document builder. */
export interface JobSpec {
  readonly name: string
  /** Lines of the explanatory comment above the job (shown when output.comments is on). */
  readonly comment: readonly string[]
  readonly body: Record<string, unknown>
}

const KANIKO_DOCKER_DIR = '/kaniko/.docker'
/** manifest-tool reads a docker config dir given with --docker-cfg; kept outside the project dir. */
const MANIFEST_TOOL_DOCKER_DIR = '/tmp/manifest-tool-docker'

function image(name: string, overrideEntrypoint: boolean): Record<string, unknown> {
  return overrideEntrypoint ? { name, entrypoint: [''] } : { name }
}

function withOptional(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => {
      if (value === null || value === undefined) return false
      if (Array.isArray(value)) return value.length > 0
      if (typeof value === 'object' && !(value instanceof ShellCommand)) return Object.keys(value).length > 0
      return true
    }),
  )
}

function kanikoJob(config: Config, name: string, tagSuffix: string, runnerTags: readonly string[]): JobSpec {
  return {
    name,
    comment: kanikoJobComment(config),
    body: withOptional({
      stage: config.job.stage,
      image: image(executorImage(config), config.executor.overrideEntrypoint),
      variables: proxyJobVariables(config),
      before_script: [
        ...certificateLines(config, 'kaniko'),
        ...configJsonLines(kanikoAuthEntries(config), KANIKO_DOCKER_DIR),
      ],
      script: [executorCommand(config, tagSuffix)],
      rules: jobRules(config, { allowManual: true }),
      tags: [...runnerTags],
    }),
  }
}

function kanikoJobComment(config: Config): string[] {
  const lines = ['Builds the image with kaniko and pushes it (the debug image has the shell GitLab needs).']
  const { dependencyProxy } = config.registries
  if (dependencyProxy.enabled && dependencyProxy.prefixBuildArg) {
    lines.push(
      'Pull base images through the Dependency Proxy in your Dockerfile:',
      '  ARG CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX',
      '  FROM ${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/alpine:3.20',
    )
  }
  return lines
}

export function buildJobName(config: Config, platform: Platform): string {
  return `${config.job.name}-${platformSlug(platform)}`
}

/** The `manifest-tool push from-args` commands joining the per-platform images, one per destination tag. */
function manifestCommands(config: Config, authByFlags: boolean): ShellCommand[] {
  const { multiArch } = config
  const platforms = multiArch.platforms.map((p) => p.platform).join(',')
  const auth = authByFlags
    ? [
        ['--username', '"${CI_REGISTRY_USER}"'],
        ['--password', '"${CI_REGISTRY_PASSWORD}"'],
      ]
    : [['--docker-cfg', MANIFEST_TOOL_DOCKER_DIR]]
  return config.destinations.flatMap((destination) =>
    destination.tags.map((tag) => {
      return new ShellCommand([
        ['manifest-tool'],
        ...auth,
        ...(config.advanced.insecure ? [['--insecure']] : []),
        ['push', 'from-args'],
        ['--platforms', platforms],
        ['--template', quoteShellText(destination.repository, ':', tag, { literal: multiArch.tagSuffix })],
        ['--target', quoteShellText(destination.repository, ':', tag)],
      ])
    }),
  )
}

function manifestJob(config: Config): JobSpec {
  const { multiArch } = config
  // With only the GitLab registry, the document's --username/--password flags are enough.
  const authByFlags = config.registries.extra.length === 0
  const beforeScript = [
    ...certificateLines(config, 'alpine'),
    ...(authByFlags ? [] : configJsonLines(manifestToolAuthEntries(config), MANIFEST_TOOL_DOCKER_DIR)),
  ]
  return {
    name: multiArch.manifestJobName,
    comment: ['Joins the per-platform images into one multi-architecture image.'],
    body: withOptional({
      stage: config.job.stage,
      image: image(multiArch.manifestToolImage, true),
      variables: proxyJobVariables(config),
      before_script: beforeScript,
      script: manifestCommands(config, authByFlags),
      needs: multiArch.platforms.map((p) => buildJobName(config, p.platform)),
      rules: jobRules(config, { allowManual: false }),
      tags: [...multiArch.manifestRunnerTags],
    }),
  }
}

/** Every job of the pipeline, in output order. */
export function pipelineJobs(config: Config): JobSpec[] {
  if (!config.multiArch.enabled) return [kanikoJob(config, config.job.name, '', config.job.runnerTags)]
  const builds = config.multiArch.platforms.map((p) =>
    kanikoJob(
      config,
      buildJobName(config, p.platform),
      expandPlatformTemplate(config.multiArch.tagSuffix, p.platform),
      p.runnerTags,
    ),
  )
  return [...builds, manifestJob(config)]
}
