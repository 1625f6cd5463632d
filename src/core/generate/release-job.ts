import { imageView } from '../config/image-view.ts'
import type { Config } from '../config/schema.ts'
import { quoteShellText } from '../shell/quote.ts'
import { configJsonLines, manifestToolAuthEntries } from './auth.ts'
import { buildJobName } from './build-job.ts'
import { ALPINE_BUNDLE, certificateLines } from './certificates.ts'
import { command, ShellCommand } from './command.ts'
import { image, type JobSpec, withOptional } from './job-spec.ts'
import { proxyJobVariables } from './proxy.ts'
import { tagCondition } from './rules.ts'

/** crane reads the docker config dir from DOCKER_CONFIG; kept outside the project directory. */
export const RELEASE_DOCKER_DIR = '/tmp/release-docker'
/** The system bundle plus the custom CAs; Go reads it through SSL_CERT_FILE (the image may not be root). */
export const RELEASE_CA_BUNDLE = '/tmp/release-ca-certificates.crt'

/**
 * The release job: on tag pipelines (matching the tag pattern), copies the image already pushed for
 * the commit (`repository:fromTag`) to each of `toTags` with `crane tag`, without rebuilding. It
 * needs the build (or manifest) job of every image, optionally: where they run in the tag pipeline it
 * waits for them, where they do not (built on the branch before) it starts at once. Credentials only
 * ever in the config file, never in argv.
 */
export function releaseJob(config: Config): JobSpec | null {
  const { release } = config
  if (!release.enabled) return null
  // The shared settings (registries, CA, proxy) are the same in every image's view.
  const shared = imageView(config, 0)
  const ca = certificateLines(shared, 'alpine', RELEASE_CA_BUNDLE)
  const entries = manifestToolAuthEntries(shared).filter((entry) => entry.kind === 'auth')
  const source = quoteShellText(release.repository, ':', release.fromTag)
  const insecure = config.advanced.insecure ? ['--insecure'] : []
  return {
    name: release.jobName,
    comment: ['Copies the image built for this commit to the release tags (crane tag), without rebuilding.'],
    body: withOptional({
      stage: release.stage,
      image: image(release.image, true),
      variables: proxyJobVariables(shared),
      before_script: [
        ...(ca.length === 0
          ? []
          : [
              command('cat', ALPINE_BUNDLE, '>', RELEASE_CA_BUNDLE),
              ...ca,
              command('export', `SSL_CERT_FILE=${RELEASE_CA_BUNDLE}`),
            ]),
        ...configJsonLines(entries, RELEASE_DOCKER_DIR, shared.registries.dockerAuthConfig),
        command('export', `DOCKER_CONFIG=${RELEASE_DOCKER_DIR}`),
      ],
      script: release.toTags.map(
        (tag) => new ShellCommand([['crane', ...insecure, 'tag'], [source], [quoteShellText(tag)]]),
      ),
      needs: releaseNeeds(config),
      rules: [{ if: tagCondition(config.pipeline.triggers.tagPattern) }],
      tags: [...release.runnerTags],
    }),
  }
}

/** The job that finishes each image: its manifest job (multi-arch with destinations) or build jobs. */
function releaseNeeds(config: Config): { job: string; artifacts: false; optional: true }[] {
  return config.images.flatMap((img, i) => {
    const view = imageView(config, i)
    const names =
      img.multiArch.enabled && img.destinations.length > 0
        ? [img.multiArch.manifestJobName]
        : img.multiArch.enabled
          ? img.multiArch.platforms.map((p) => buildJobName(view, p.platform))
          : [img.name]
    return names.map((job) => ({ job, artifacts: false as const, optional: true as const }))
  })
}
