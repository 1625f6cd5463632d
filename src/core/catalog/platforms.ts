/** Target platforms offered for multi-architecture builds, as `os/arch[/variant]`. */
export const PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/s390x',
  'linux/ppc64le',
  'linux/riscv64',
] as const
export type Platform = (typeof PLATFORMS)[number]

export interface PlatformParts {
  readonly os: string
  readonly architecture: string
  readonly variant: string
}

export function platformParts(platform: Platform): PlatformParts {
  const [os = '', architecture = '', variant = ''] = platform.split('/')
  return { os, architecture, variant }
}

/** GitLab.com hosted runner tags, by architecture: a sensible default for each platform's build job. */
export const GITLAB_HOSTED_RUNNER_TAGS: Readonly<Partial<Record<Platform, readonly string[]>>> = {
  'linux/amd64': ['saas-linux-small-amd64'],
  'linux/arm64': ['saas-linux-small-arm64'],
}

export const GITLAB_HOSTED_RUNNER_TAG_SUGGESTIONS = [
  'saas-linux-small-amd64',
  'saas-linux-medium-amd64',
  'saas-linux-large-amd64',
  'saas-linux-xlarge-amd64',
  'saas-linux-2xlarge-amd64',
  'saas-linux-small-arm64',
  'saas-linux-medium-arm64',
  'saas-linux-large-arm64',
] as const

/** The job-name suffix for a platform: amd64, arm64, armv7. */
export function platformSlug(platform: Platform): string {
  const { architecture, variant } = platformParts(platform)
  return `${architecture}${variant}`
}
