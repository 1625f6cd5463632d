import type { Config, ConfigInput } from '../../config/schema.ts'
import type { Code } from '../params.ts'

/** A config that triggers a code, and a close one that does not (test data for every rule). */
export interface Case {
  readonly code: Code
  /** What the case shows, when a code has several. */
  readonly name?: string
  readonly trigger: ConfigInput
  readonly near: ConfigInput
  /** The fields of the first finding with this code, when they are worth pinning down. */
  readonly fields?: readonly string[]
  /** False when the rule offers no fix for this trigger. */
  readonly fixable?: boolean
  /** The part of the fixed config the fix is about, checked against `fixedValue`. */
  readonly fixed?: (config: Config) => unknown
  readonly fixedValue?: unknown
  /** The field the fix leads to afterwards (Fix.reveal); false: it leads nowhere. */
  readonly reveal?: string | false
}

type PlatformInput = NonNullable<NonNullable<ConfigInput['multiArch']>['platforms']>[number]

/** Platforms on GitLab.com's hosted runners. */
export const hostedTags = {
  amd64: { platform: 'linux/amd64', runnerTags: ['saas-linux-small-amd64'] },
  arm64: { platform: 'linux/arm64', runnerTags: ['saas-linux-small-arm64'] },
} satisfies Record<string, PlatformInput>
