import type { JobSpec } from '../job-spec.ts'
import { isRecord, sameValue } from './equal.ts'
import type { LayoutJob } from './types.ts'

/**
 * The `extends` layout: a hidden template job holding every key whose value is the same in all build
 * jobs, and each build job reduced to `extends: <template>` plus the keys where it differs. GitLab
 * merges a job over its template key by key, mappings deeply, arrays and scalars replaced. So a key is
 * wholly in the template or wholly in the job (nothing of the template can leak into a job that had
 * no such key), except `variables:`, merged entry by entry: the entries every job has with the same
 * value go into the template, each job keeps the others. Other jobs are written as they are; the
 * template goes before the first build job.
 */
export function extendsLayout(jobs: readonly LayoutJob[], templateName: string): JobSpec[] {
  const builds = jobs.filter((job) => job.role === 'build').map((job) => job.spec)
  const first = builds[0]
  if (first === undefined) return jobs.map((job) => job.spec)
  const shared = Object.keys(first.body).filter((key) =>
    builds.every((build) => Object.hasOwn(build.body, key) && sameValue(build.body[key], first.body[key])),
  )
  const sharedVariables = shared.includes('variables') ? {} : commonVariables(builds)
  const templateBody: Record<string, unknown> = {}
  for (const key of Object.keys(first.body)) {
    if (shared.includes(key)) templateBody[key] = first.body[key]
    else if (key === 'variables' && Object.keys(sharedVariables).length > 0)
      templateBody[key] = sharedVariables
  }
  const template: JobSpec = {
    name: templateName,
    // No user text in comments (docs/generated-pipeline.md): the template's name is not repeated.
    comment: ['What every build job below shares: each of them extends this template.'],
    body: templateBody,
  }
  const out: JobSpec[] = []
  for (const job of jobs) {
    if (job.role !== 'build') {
      out.push(job.spec)
      continue
    }
    if (job.spec === first) out.push(template)
    const own: [string, unknown][] = []
    for (const [key, value] of Object.entries(job.spec.body)) {
      if (shared.includes(key)) continue
      if (key !== 'variables' || !isRecord(value)) own.push([key, value])
      else {
        const rest = Object.entries(value).filter(([name]) => !Object.hasOwn(sharedVariables, name))
        if (rest.length > 0) own.push([key, Object.fromEntries(rest)])
      }
    }
    out.push({ ...job.spec, body: { extends: templateName, ...Object.fromEntries(own) } })
  }
  return out
}

/** The `variables:` entries every job has with the same value, in the first job's order. */
function commonVariables(builds: readonly JobSpec[]): Record<string, unknown> {
  const all = builds.map((build) => build.body.variables)
  const [first] = all
  if (!all.every(isRecord) || !isRecord(first)) return {}
  return Object.fromEntries(
    Object.entries(first).filter(([name, value]) =>
      all.every((variables) => Object.hasOwn(variables, name) && sameValue(variables[name], value)),
    ),
  )
}
