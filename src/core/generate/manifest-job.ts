import type { ImageView } from '../config/image-view.ts'
import { configJsonLines, googleCredentialsLines, manifestToolAuthEntries } from './auth.ts'
import { buildJobName } from './build-job.ts'
import { certificateLines } from './certificates.ts'
import { flagWithValue, ShellCommand } from './command.ts'
import { destinationReferences, destinationTest } from './destinations.ts'
import { manifestJobControls } from './job-settings.ts'
import { image, type JobSpec, withOptional } from './job-spec.ts'
import { proxyJobVariables } from './proxy.ts'
import { jobRules } from './rules.ts'

/** manifest-tool reads a docker config dir given with --docker-cfg; kept outside the project dir. */
const MANIFEST_TOOL_DOCKER_DIR = '/tmp/manifest-tool-docker'

/**
 * The `manifest-tool push from-args` commands joining the per-platform images, one per destination
 * tag; a destination pushed only in some pipelines is joined only in those (destinations.ts).
 */
function manifestCommands(config: ImageView): ShellCommand[] {
  const { multiArch } = config
  const platforms = multiArch.platforms.map((p) => p.platform).join(',')
  return config.destinations.flatMap((destination) => {
    const templates = destinationReferences(destination, multiArch.tagSuffix)
    const targets = destinationReferences(destination, '')
    return targets.map((target, i) => {
      const push = [
        ['manifest-tool'],
        ['--docker-cfg', MANIFEST_TOOL_DOCKER_DIR],
        ...(config.advanced.insecure ? [['--insecure']] : []),
        ['push', 'from-args'],
        ['--platforms', platforms],
        flagWithValue('--template', templates[i] ?? target),
        flagWithValue('--target', target),
      ]
      if (destination.when === 'always') return new ShellCommand(push)
      return new ShellCommand([
        ['if', ...destinationTest(destination.when), ';', 'then'],
        ...push,
        [';', 'fi'],
      ])
    })
  })
}

/** The job joining the per-platform images with manifest-tool, after every build job. */
export function manifestJob(config: ImageView): JobSpec {
  const { multiArch } = config
  // Always a config file, never --password: a password on the command line shows in the process
  // list and in any echo of the command.
  const beforeScript = [
    ...certificateLines(config, 'alpine'),
    ...configJsonLines(
      manifestToolAuthEntries(config),
      MANIFEST_TOOL_DOCKER_DIR,
      config.registries.dockerAuthConfig,
    ),
    ...googleCredentialsLines(config),
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
      ...manifestJobControls(config),
      rules: jobRules(config, { allowManual: false }),
      tags: [...multiArch.manifestRunnerTags],
    }),
  }
}
