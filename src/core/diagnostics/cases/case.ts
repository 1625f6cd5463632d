import type { ImageView } from '../../config/image-view.ts'
import type { ConfigInputV1 } from '../../config/migrate-v1.ts'
import type { ConfigInput } from '../../config/schema.ts'
import type { Code } from '../params.ts'

/**
 * A config that triggers a code, and a close one that does not (test data for every rule). Written
 * in the one-image short form of version 1 (migrated when parsed) or, for pipeline-wide rules, in
 * version 2; fields and `fixed` speak of the
 * first image's view (`build.context`), the harness maps them onto the config.
 */
export interface Case {
  readonly code: Code
  /** What the case shows, when a code has several. */
  readonly name?: string
  readonly trigger: ConfigInputV1 | ConfigInput
  readonly near: ConfigInputV1 | ConfigInput
  /** The fields of the first finding with this code, when they are worth pinning down. */
  readonly fields?: readonly string[]
  /** False when the rule offers no fix for this trigger. */
  readonly fixable?: boolean
  /** The part of the fixed config the fix is about, checked against `fixedValue`. */
  readonly fixed?: (view: ImageView) => unknown
  readonly fixedValue?: unknown
  /** The field the fix leads to afterwards (Fix.reveal); false: it leads nowhere. */
  readonly reveal?: string | false
}

type PlatformInput = NonNullable<NonNullable<ConfigInputV1['multiArch']>['platforms']>[number]

/** Platforms on GitLab.com's hosted runners. */
export const hostedTags = {
  amd64: { platform: 'linux/amd64', runnerTags: ['saas-linux-small-amd64'] },
  arm64: { platform: 'linux/arm64', runnerTags: ['saas-linux-small-arm64'] },
} satisfies Record<string, PlatformInput>
