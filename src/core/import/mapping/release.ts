import type { Release, Triggers } from '../../config/schema.ts'
import type { ImportedJob } from '../job.ts'
import { because } from '../reasons.ts'
import { wordText } from '../shell/words.ts'
import { splitDestination } from './flags.ts'
import { readCondition } from './triggers.ts'
import { type Notes, shellTextOf, soleVariable } from './values.ts'

const COPY = new Set(['copy', 'cp', 'tag'])
const LOGIN = new Set(['auth login', 'login'])

/**
 * A companion job that copies one pushed image to more tags (`crane copy|tag`, `skopeo copy`) →
 * `release`; what does not fit (manifest lists, other commands, a second retag job) is listed.
 */
export function mapRelease(
  companions: readonly ImportedJob[],
  defaults: Release,
  triggers: Triggers,
  notes: Notes,
): { release: Release; tagPattern: string } {
  let tagPattern = triggers.tagPattern
  let release: Release = { ...defaults }
  for (const job of companions) {
    const copies = job.companions.filter((c) => COPY.has(c.subcommand))
    const others = job.companions.filter((c) => !COPY.has(c.subcommand) && !LOGIN.has(c.subcommand))
    const fits = copies.length > 0 && others.length === 0 && !release.enabled && job.image !== null
    if (!fits) {
      notes.notMapped(
        job,
        because(
          job.companions.some((c) => c.tool === 'manifest-tool' || c.tool === 'buildah')
            ? 'companion-multi-arch'
            : 'companion-lost',
          {
            job: job.name,
            commands:
              job.companions.map((c) => `${c.tool} ${c.subcommand}`).join(', ') || job.image?.name || '-',
          },
        ),
      )
      continue
    }
    const expand = (text: string): string => {
      const name = soleVariable(text)
      const variable = name ? job.variables.find((v) => v.name === name && v.source !== 'matrix') : undefined
      if (!variable) return text
      notes.change(job, because('companion-variable', { text, value: variable.value }))
      return expand(variable.value)
    }
    let repository = ''
    let fromTag = ''
    const toTags: string[] = []
    let ok = true
    for (const copy of copies) {
      // The words after the program that are not options; the first is the subcommand (options such
      // as crane's `--insecure` may stand before it).
      const operands = copy.argv
        .slice(1)
        .filter((w) => !wordText(w).startsWith('-'))
        .slice(1)
      const texts = operands.map((w) => shellTextOf(w))
      if (texts.length < 2 || texts.some((t) => !t.ok)) {
        ok = false
        break
      }
      const [source = '', target = ''] = texts.map((t) =>
        t.ok ? expand(t.text).replace(/^docker:\/\//, '') : '',
      )
      const from = splitDestination(source)
      const to =
        copy.subcommand === 'tag' ? { repository: from.repository, tag: target } : splitDestination(target)
      if (from.tag === null || to.tag === null || to.repository !== from.repository) {
        ok = false
        break
      }
      if (repository && (repository !== from.repository || fromTag !== from.tag)) {
        ok = false
        break
      }
      repository = from.repository
      fromTag = from.tag
      if (!toTags.includes(to.tag)) toTags.push(to.tag)
    }
    if (!ok) {
      notes.notMapped(job, because('companion-not-retag', { job: job.name }))
      continue
    }
    release = {
      ...release,
      enabled: true,
      jobName: job.name,
      stage: job.stage ?? release.stage,
      image: job.image?.name ?? release.image,
      repository,
      fromTag,
      toTags,
      runnerTags: [...job.tags],
    }
    tagPattern = releaseTagPattern(job, triggers, notes)
    notes.change(job, because('companion-release', { job: job.name }))
  }
  return { release, tagPattern }
}

/**
 * The release job runs in tag pipelines: `if: $CI_COMMIT_TAG`, or `=~ /pattern/` with
 * `pipeline.triggers.tagPattern`. When the build jobs have no tag trigger, that rule is the only place
 * the pattern is written; when they have one, theirs and the release job's must agree.
 */
function releaseTagPattern(job: ImportedJob, triggers: Triggers, notes: Notes): string {
  const rules = job.triggers.rules
  const conditions = (rules ?? []).map((rule) =>
    Object.keys(rule).length === 1 && typeof rule.if === 'string' ? readCondition(rule.if) : null,
  )
  const [condition] = conditions
  const { only, except } = job.triggers
  if (!rules && !only && !except) {
    notes.notMapped(job, because('release-every-pipeline', { job: job.name }))
    return triggers.tagPattern
  }
  if (conditions.length !== 1 || condition?.trigger !== 'tag' || only || except) {
    notes.notMapped(job.origins.rules ?? job, because('release-rules', { job: job.name }))
    return triggers.tagPattern
  }
  const pattern = condition.tagPattern ?? ''
  if (pattern === triggers.tagPattern) return pattern
  if (!triggers.on.includes('tag') && triggers.tagPattern === '') return pattern
  notes.notMapped(
    job.origins.rules ?? job,
    because('release-tag-pattern', { job: job.name, pattern, buildPattern: triggers.tagPattern }),
  )
  return triggers.tagPattern
}
