import type { ImageView } from '../config/image-view.ts'
import { gitlabVariableValue } from '../shell/quote.ts'
import { proxyJobVariables } from './proxy.ts'

/** A job's `variables:`: the proxy's, then the pipeline's job variables, then the image's own (last wins). */
export function jobVariables(config: ImageView): Record<string, string> {
  const own = [...config.pipeline.job.variables, ...config.image.variables]
  return {
    ...proxyJobVariables(config),
    ...Object.fromEntries(own.map((v) => [v.name, gitlabVariableValue(v.value)])),
  }
}

/** `needs:` of a build job: the image's own list wins over the pipeline's; null keeps stage order. */
export function buildNeeds(config: ImageView): string[] | null {
  const needs = config.image.needs ?? config.pipeline.job.needs
  return needs === null ? null : [...needs]
}

/** `services:` of a build job, in GitLab's short form when only a name is given. */
export function jobServices(config: ImageView): unknown[] {
  return config.pipeline.job.services.map((s) => (s.alias === '' ? s.name : { name: s.name, alias: s.alias }))
}

/** `retry`, `timeout`, `interruptible`, `resource_group`: only what was set. */
export function jobControls(config: ImageView): Record<string, unknown> {
  const { retryMax, retryWhen, timeout, interruptible, resourceGroup } = config.pipeline.job
  return {
    retry:
      retryMax === 0
        ? undefined
        : retryWhen.length === 0
          ? retryMax
          : { max: retryMax, when: [...retryWhen] },
    timeout: timeout === '' ? undefined : timeout,
    interruptible: interruptible ?? undefined,
    resource_group: resourceGroup === '' ? undefined : resourceGroup,
  }
}

/**
 * The settings of `jobControls` the manifest job takes too: a retry after a runner failure, the
 * time limit and interruptibility concern it as much as the builds. Not `resource_group` (it would
 * make the manifest job queue behind build jobs of other pipelines holding the group), nor `needs`
 * (it needs its build jobs) or `services` and `variables` (for the build).
 */
export function manifestJobControls(config: ImageView): Record<string, unknown> {
  const { retry, timeout, interruptible } = jobControls(config)
  return { retry, timeout, interruptible }
}
