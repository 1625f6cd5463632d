import type { Finding } from '../diagnostics/types.ts'
import { referencedVariables } from '../shell/text.ts'
import type { ImportedPipeline } from './index.ts'
import type { ReasonCode } from './reasons.ts'

/** What a job's scripts do that the build may read, which the config cannot hold (reported). */
const SCRIPT_EFFECTS: ReadonlySet<ReasonCode> = new Set(['writes-file', 'changes-directory'])

/** `images[2].destinations[1]…` → 2 and 1 (the destination is -1 when the field names the list). */
const DESTINATION_FIELD = /^images\[(\d+)\]\.destinations(?:\[(\d+)\])?/
/** `images[2].extraFlags[0]` → 2 and 0. */
const EXTRA_FLAG_FIELD = /^images\[(\d+)\]\.extraFlags\[(\d+)\]$/

/**
 * The diagnostics of an imported pipeline's config without those that say again what the import
 * report says already. Where the report lists a value of the original as not reproduced, the config
 * holds an approximation of it, and a diagnostic about that approximation is about a pipeline the
 * author did not write:
 * - KC104 (executor tag not pinned): IMP105 names the same image, at its line in the file;
 * - KC230 (two images push the same reference): the reference uses a variable the original script
 *   assigns (reported: the regenerated job does not assign it), so the original's references differ;
 * - KC238 (a fixed tag pushed by every pipeline): the image's job runs in other pipelines than the
 *   config's triggers (reported);
 * - KC239 (the same build in several images): a script of one of them writes a file or changes the
 *   directory before its build (reported), so the builds differ in what the config does not show;
 * - KC610 (an extra flag repeats a form field): the flag is a shared setting its job sets otherwise
 *   than the others, kept as that image's extra flag (reported: `flag-differs`, which says so). The
 *   form field is every image's: "set it in the form" would change the other images too.
 * Not left out: KC236 (a matrix written with extends). No report entry says that the author's
 * `parallel:matrix` comes back as jobs extending a template (the builds are the same, the jobs'
 * names and the file's shape are not), so it is the only place that says so.
 */
export function withoutRestatements(result: ImportedPipeline, findings: readonly Finding[]): Finding[] {
  const config = result.config
  if (!config) return [...findings]
  const jobOf = (i: number) => {
    const source = result.imageSources[i]
    return source ? result.jobs.find((job) => job.name === source.job) : undefined
  }
  const executorImage = jobOf(0)?.image
  const floatingReported = result.findings.some(
    (f) => f.code === 'IMP105' && f.path === executorImage?.path && f.line === executorImage.line,
  )
  const scriptEffects = (i: number): boolean => {
    const job = jobOf(i)
    const scripts = [job?.origins.before_script, job?.origins.script].flatMap((o) => (o ? [o.path] : []))
    return result.unmapped.some(
      (entry) => SCRIPT_EFFECTS.has(entry.code) && scripts.some((path) => entry.path.startsWith(`${path}[`)),
    )
  }
  const usesAssigned = (i: number, k: number): boolean => {
    const destination = config.images[i]?.destinations[k]
    const assigned = result.imageSources[i]?.scriptAssigned ?? []
    if (!destination) return false
    const used = referencedVariables([destination.repository, ...destination.tags].join(' '))
    return used.some((name) => assigned.includes(name))
  }
  const differingFlag = (finding: Finding): boolean =>
    finding.fields.some((field) => {
      const match = EXTRA_FLAG_FIELD.exec(field)
      if (!match) return false
      const [image, index] = [Number(match[1]), Number(match[2])]
      const flag = config.images[image]?.extraFlags[index]
      return flag !== undefined && (result.imageSources[image]?.differingFlags ?? []).includes(flag)
    })
  const places = (finding: Finding) =>
    finding.fields.flatMap((field) => {
      const match = DESTINATION_FIELD.exec(field)
      return match ? [{ image: Number(match[1]), destination: Number(match[2] ?? -1) }] : []
    })
  return findings.filter((finding) => {
    switch (finding.code) {
      case 'KC104':
        return !floatingReported
      case 'KC230':
        return !places(finding).some((p) => usesAssigned(p.image, p.destination))
      case 'KC238':
        return !places(finding).some((p) => result.imageSources[p.image]?.otherTriggers)
      case 'KC239':
        return !places(finding).some((p) => scriptEffects(p.image))
      case 'KC610':
        return !differingFlag(finding)
      default:
        return true
    }
  })
}
