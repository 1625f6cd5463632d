import { type Platform, platformParts } from '../catalog/platforms.ts'

export { platformSlug } from '../catalog/platforms.ts'

/**
 * manifest-tool's `--template` placeholders: ARCH, OS and VARIANT are each replaced once, in that
 * order (v2/cmd/manifest-tool/push.go, strings.Replace(…, 1)). The per-platform tag kaniko pushes
 * must be exactly what that replacement gives, so both come from this one function.
 */
export function expandPlatformTemplate(template: string, platform: Platform): string {
  const { os, architecture, variant } = platformParts(platform)
  return template
    .replace('ARCH', () => architecture)
    .replace('OS', () => os)
    .replace('VARIANT', () => variant)
}
