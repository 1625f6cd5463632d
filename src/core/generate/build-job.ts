import type { Platform } from '../catalog/platforms.ts'
import type { ImageView } from '../config/image-view.ts'
import { gitlabVariableValue } from '../shell/quote.ts'
import { buildArtifacts } from './artifacts.ts'
import { configJsonLines, googleCredentialsLines, kanikoAuthEntries } from './auth.ts'
import { certificateLines } from './certificates.ts'
import { command } from './command.ts'
import { conditionalDestinationLines } from './destinations.ts'
import { executorCommand } from './executor-args.ts'
import { executorImage, isDebugExecutorImage } from './image.ts'
import { buildNeeds, jobControls, jobServices, jobVariables } from './job-settings.ts'
import { image, type JobSpec, withOptional } from './job-spec.ts'
import { platformSlug } from './platform-tags.ts'
import { jobRules } from './rules.ts'

const KANIKO_DOCKER_DIR = '/kaniko/.docker'

/** A kaniko build job; `tagSuffix` is the platform suffix of a multi-arch build ('' otherwise). */
export function kanikoJob(
  config: ImageView,
  name: string,
  tagSuffix: string,
  runnerTags: readonly string[],
  platform?: Platform,
): JobSpec {
  return {
    name,
    comment: kanikoJobComment(config, platform),
    body: withOptional({
      stage: config.job.stage,
      // GitLab Runner expands variables in `image:` (`$$` is a dollar): a literal `$` is written `$$`.
      image: image(gitlabVariableValue(executorImage(config)), config.executor.overrideEntrypoint),
      services: jobServices(config),
      variables: jobVariables(config),
      before_script: [
        ...certificateLines(config, 'kaniko'),
        ...configJsonLines(kanikoAuthEntries(config), KANIKO_DOCKER_DIR, config.registries.dockerAuthConfig),
        ...googleCredentialsLines(config),
      ],
      script: [
        // The extra arguments variable is split into words unquoted; its words must not glob.
        ...(config.advanced.extraArgsVariable === '' ? [] : [command('set', '-f')]),
        ...conditionalDestinationLines(config, tagSuffix),
        executorCommand(config, tagSuffix),
      ],
      artifacts: buildArtifacts(config),
      needs: buildNeeds(config),
      ...jobControls(config),
      rules: jobRules(config, { allowManual: true }),
      tags: [...runnerTags],
    }),
  }
}

/** What the job does, as configured: every line must stay true for the config it describes. */
function kanikoJobComment(config: ImageView, platform: Platform | undefined): string[] {
  const { advanced } = config
  const what = platform ? `the ${platform} image` : 'the image'
  const lines = [
    advanced.noPush
      ? `Builds ${what} with kaniko without pushing it (--no-push).`
      : `Builds and pushes ${what} with kaniko.`,
  ]
  if (advanced.tarPath !== '') lines.push('Also writes the image to a tarball (--tar-path).')
  if (isDebugExecutorImage(config)) lines.push('The -debug image has the shell the job script needs.')
  if (advanced.extraArgsVariable !== '') {
    const name = advanced.extraArgsVariable
    lines.push(`Each word of $${name} is one more executor argument (set -f: no globbing).`)
  }
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

export function buildJobName(config: ImageView, platform: Platform): string {
  return `${config.job.name}-${platformSlug(platform)}`
}
