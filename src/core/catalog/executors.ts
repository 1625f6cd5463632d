/**
 * Executor images kanikoconfig knows about. This is data that changes with the world:
 * update it when a fork releases, not the generators.
 */

export const EXECUTOR_SOURCES = ['google', 'osscontainertools', 'custom'] as const
export type ExecutorSource = (typeof EXECUTOR_SOURCES)[number]

export interface ExecutorImageFamily {
  readonly source: Exclude<ExecutorSource, 'custom'>
  readonly repository: string
  /** Tags offered in the form, newest first. Only `-debug` tags have the shell GitLab needs. */
  readonly tags: readonly string[]
  readonly defaultTag: string
  /** Platforms for which the debug image (the one with a shell) is published. */
  readonly debugPlatforms: readonly string[]
  readonly archived: boolean
}

/** Google's original images; the project was archived on 2025-06-03, v1.24.0 is the last release. */
export const GOOGLE_EXECUTOR: ExecutorImageFamily = {
  source: 'google',
  repository: 'gcr.io/kaniko-project/executor',
  tags: [
    'v1.24.0-debug',
    'v1.23.2-debug',
    'v1.22.0-debug',
    'v1.21.1-debug',
    'v1.20.1-debug',
    'v1.19.2-debug',
    'v1.18.0-debug',
    'v1.17.0-debug',
    'v1.16.0-debug',
    'v1.15.0-debug',
    'v1.14.0-debug',
    'v1.9.0-debug',
    'debug',
  ],
  defaultTag: 'v1.24.0-debug',
  debugPlatforms: ['linux/amd64', 'linux/arm64', 'linux/s390x'],
  archived: true,
}

/** The maintained fork (formerly mzihlmann/kaniko), same layout: busybox in /busybox, /kaniko/executor. */
export const OSSCONTAINERTOOLS_EXECUTOR: ExecutorImageFamily = {
  source: 'osscontainertools',
  repository: 'ghcr.io/osscontainertools/kaniko',
  tags: ['v1.28.3-debug', 'debug'],
  defaultTag: 'v1.28.3-debug',
  debugPlatforms: ['linux/amd64', 'linux/arm64', 'linux/s390x', 'linux/riscv64', 'linux/ppc64le'],
  archived: false,
}

export const EXECUTOR_FAMILIES: Readonly<Record<Exclude<ExecutorSource, 'custom'>, ExecutorImageFamily>> = {
  google: GOOGLE_EXECUTOR,
  osscontainertools: OSSCONTAINERTOOLS_EXECUTOR,
}

/** The tag the document (GitLab's "Use kaniko to build Docker images", ja translation) uses. */
export const DOCUMENT_EXECUTOR_TAG = 'v1.14.0-debug'
