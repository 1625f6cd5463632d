import type { Platform } from '../catalog/platforms.ts'
import type { Config } from '../config/schema.ts'
import { configJsonLines, kanikoAuthEntries } from './auth.ts'
import { certificateLines } from './certificates.ts'
import { command } from './command.ts'
import { executorCommand } from './executor-args.ts'
import { executorImage } from './image.ts'
import { image, type JobSpec, withOptional } from './job-spec.ts'
import { platformSlug } from './platform-tags.ts'
import { proxyJobVariables } from './proxy.ts'
import { jobRules } from './rules.ts'

const KANIKO_DOCKER_DIR = '/kaniko/.docker'

/** A kaniko build job; `tagSuffix` is the platform suffix of a multi-arch build ('' otherwise). */
export function kanikoJob(
  config: Config,
  name: string,
  tagSuffix: string,
  runnerTags: readonly string[],
): JobSpec {
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
      script: [
        // The extra arguments variable is split into words unquoted; its words must not glob.
        ...(config.advanced.extraArgsVariable === '' ? [] : [command('set', '-f')]),
        executorCommand(config, tagSuffix),
      ],
      rules: jobRules(config, { allowManual: true }),
      tags: [...runnerTags],
    }),
  }
}

function kanikoJobComment(config: Config): string[] {
  const lines = [
    'Builds and pushes the image with kaniko.',
    'The -debug image has the shell the job script needs.',
  ]
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
