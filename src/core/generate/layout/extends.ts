import type { JobSpec } from '../job-spec.ts'
import { sameValue } from './equal.ts'
import type { LayoutJob } from './types.ts'

/**
 * The `extends` layout: a hidden template job holding every key whose value is the same in all build
 * jobs, and each build job reduced to `extends: <template>` plus the keys where it differs. GitLab
 * merges a job over its template key by key (hashes deeply), so a key is either wholly in the
 * template or wholly in the job, never split: nothing of the template can leak into a job that had
 * no such key. Other jobs are written as they are; the template goes before the first build job.
 */
export function extendsLayout(jobs: readonly LayoutJob[], templateName: string): JobSpec[] {
  const builds = jobs.filter((job) => job.role === 'build').map((job) => job.spec)
  const first = builds[0]
  if (first === undefined) return jobs.map((job) => job.spec)
  const shared = Object.keys(first.body).filter((key) =>
    builds.every((build) => Object.hasOwn(build.body, key) && sameValue(build.body[key], first.body[key])),
  )
  const template: JobSpec = {
    name: templateName,
    comment: [`What every build job below shares (extends: ${templateName}).`],
    body: Object.fromEntries(shared.map((key) => [key, first.body[key]])),
  }
  const out: JobSpec[] = []
  for (const job of jobs) {
    if (job.role !== 'build') {
      out.push(job.spec)
      continue
    }
    if (job.spec === first) out.push(template)
    const own = Object.entries(job.spec.body).filter(([key]) => !shared.includes(key))
    out.push({ ...job.spec, body: { extends: templateName, ...Object.fromEntries(own) } })
  }
  return out
}
