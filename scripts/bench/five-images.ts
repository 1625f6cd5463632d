import { parseConfigOrThrow } from '../../src/core/config/parse.ts'
import { encodeShareFragment } from '../../src/core/share/codec.ts'

/**
 * The five-image config the bench types into (issue 11 item 14, issue 15 item 4): five services of a
 * monorepo with their own destinations, two of them multi-arch, destinations by pipeline kind and
 * `changes` per image, in the extends layout. Opened by its share link, as a user would.
 */
const SERVICES = ['api', 'web', 'worker', 'scheduler', 'gateway'] as const

export const FIVE_IMAGE_CONFIG = parseConfigOrThrow({
  version: 2,
  pipeline: { triggers: { on: ['default-branch', 'merge-request', 'tag'] } },
  images: SERVICES.map((name, i) => ({
    name,
    context: `\${CI_PROJECT_DIR}/services/${name}`,
    dockerfile: `\${CI_PROJECT_DIR}/services/${name}/Dockerfile`,
    buildArgs: [{ name: 'SERVICE', value: name }],
    changes: [`services/${name}/**/*`],
    destinations: [
      { repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['${CI_COMMIT_SHORT_SHA}'] },
      { repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
      { repository: `\${CI_REGISTRY_IMAGE}/${name}`, tags: ['latest'], when: 'default-branch' },
    ],
    multiArch: { enabled: i < 2, manifestJobName: `${name}-manifest` },
  })),
})

/** `#<fragment>` of the five-image config. */
export function fiveImageHash(): string {
  return `#${encodeShareFragment(FIVE_IMAGE_CONFIG).fragment}`
}
