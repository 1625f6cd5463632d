import type { Config } from '../config/schema.ts'
import { quoteShellText } from '../shell/quote.ts'
import { configJsonLines, manifestToolAuthEntries } from './auth.ts'
import { buildJobName } from './build-job.ts'
import { certificateLines } from './certificates.ts'
import { ShellCommand } from './command.ts'
import { image, type JobSpec, withOptional } from './job-spec.ts'
import { proxyJobVariables } from './proxy.ts'
import { jobRules } from './rules.ts'

/** manifest-tool reads a docker config dir given with --docker-cfg; kept outside the project dir. */
const MANIFEST_TOOL_DOCKER_DIR = '/tmp/manifest-tool-docker'

/** The `manifest-tool push from-args` commands joining the per-platform images, one per destination tag. */
function manifestCommands(config: Config): ShellCommand[] {
  const { multiArch } = config
  const platforms = multiArch.platforms.map((p) => p.platform).join(',')
  return config.destinations.flatMap((destination) =>
    destination.tags.map((tag) => {
      return new ShellCommand([
        ['manifest-tool'],
        ['--docker-cfg', MANIFEST_TOOL_DOCKER_DIR],
        ...(config.advanced.insecure ? [['--insecure']] : []),
        ['push', 'from-args'],
        ['--platforms', platforms],
        ['--template', quoteShellText(destination.repository, ':', tag, { literal: multiArch.tagSuffix })],
        ['--target', quoteShellText(destination.repository, ':', tag)],
      ])
    }),
  )
}

/** The job joining the per-platform images with manifest-tool, after every build job. */
export function manifestJob(config: Config): JobSpec {
  const { multiArch } = config
  // Always a config file, never --password: a password on the command line shows in the process
  // list and in any echo of the command.
  const beforeScript = [
    ...certificateLines(config, 'alpine'),
    ...configJsonLines(manifestToolAuthEntries(config), MANIFEST_TOOL_DOCKER_DIR),
  ]
  return {
    name: multiArch.manifestJobName,
    comment: ['Joins the per-platform images into one multi-arch image.'],
    body: withOptional({
      stage: config.job.stage,
      image: image(multiArch.manifestToolImage, true),
      variables: proxyJobVariables(config),
      before_script: beforeScript,
      script: manifestCommands(config),
      needs: multiArch.platforms.map((p) => buildJobName(config, p.platform)),
      rules: jobRules(config, { allowManual: false }),
      tags: [...multiArch.manifestRunnerTags],
    }),
  }
}
