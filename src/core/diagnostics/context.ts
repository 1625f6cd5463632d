import type { ImageView } from '../config/image-view.ts'
import type { CredentialFinding } from '../config/secrets.ts'
import { type ExtraArg, parseExtraFlags } from './lib/args.ts'
import { scanCredentials } from './lib/credential-scan.ts'
import { type ExecutorImage, knownVersion, resolveExecutorImage, type Version } from './lib/executor-image.ts'

/** What several rules need, worked out once per diagnose() call. */
export interface Context {
  readonly config: ImageView
  readonly executor: ExecutorImage
  /** The pinned kaniko version of a known image family, else null. */
  readonly version: Version | null
  readonly extraArgs: readonly ExtraArg[]
  /** Values that look like secrets (src/core/config/secrets.ts). */
  readonly credentials: readonly CredentialFinding[]
  /**
   * Whether a changed config would have an error the current one does not (per code, by count).
   * For fixes whose effect depends on the rest of the config; answers false inside such a check.
   */
  readonly addsErrors: (changed: ImageView) => boolean
}

export function createContext(config: ImageView, addsErrors: (changed: ImageView) => boolean): Context {
  const executor = resolveExecutorImage(config)
  return {
    config,
    executor,
    version: knownVersion(executor),
    extraArgs: parseExtraFlags(config.advanced.extraFlags),
    credentials: scanCredentials(config),
    addsErrors,
  }
}
