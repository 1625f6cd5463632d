import { parseExecutorTag, splitImageReference } from '../catalog/version.ts'
import { type ImportFinding, importFinding } from './findings.ts'
import { type ImportedJob, isKanikoExecutorImage } from './job.ts'
import { isBundle } from './kaniko/certificates.ts'
import { allCommands, programName } from './kaniko/commands.ts'
import { foldBreaks, swallowingComments } from './shell/folding.ts'
import { wordText } from './shell/words.ts'
import type { Word } from './types.ts'

/** Tools whose password options put a secret on argv. */
const LOGIN_TOOLS = new Set([
  'crane',
  'manifest-tool',
  'skopeo',
  'buildah',
  'docker',
  'podman',
  'regctl',
  'oras',
  'helm',
])
const PASSWORD_OPTIONS = new Set(['-p', '--password', '--pass', '--creds', '--src-creds', '--dest-creds'])

/** The findings that only a hand-written pipeline can have, for one imported job. */
export function jobFindings(
  job: ImportedJob,
  definedNames: ReadonlySet<string>,
  hasIncludes: boolean,
): ImportFinding[] {
  const findings: ImportFinding[] = []
  const add = (finding: ImportFinding): void => {
    if (!findings.some((f) => f.code === finding.code && f.line === finding.line && f.path === finding.path))
      findings.push(finding)
  }
  const name = job.name

  if (job.role === 'kaniko-build' && job.image && isKanikoExecutorImage(job.image.name)) {
    const reference = job.image.resolved ?? job.image.name
    const { tag, digest } = splitImageReference(reference)
    if (!reference.includes('$') && !digest) {
      const info = parseExecutorTag(tag || 'latest')
      if (info.floating) add(importFinding('IMP105', name, job.image, { image: reference }))
      if (!info.debug) add(importFinding('IMP106', name, job.image, { image: reference }))
    }
    if (job.image.entrypoint === null)
      add(importFinding('IMP107', name, job.image, { image: job.image.name }))
  }

  for (const script of job.scripts) {
    for (const comment of swallowingComments(script)) {
      add(
        importFinding('IMP101', name, script.originOf(comment.offset), {
          comment: comment.comment,
          swallowed: comment.swallowed,
        }),
      )
    }
    for (const item of script.items) {
      for (const broken of foldBreaks(item.node)) {
        add(importFinding('IMP111', name, { path: item.node.path, line: broken.line }, { line: broken.text }))
      }
    }
    for (const command of allCommands(script.commands)) {
      const tool = programName(command)
      if (!LOGIN_TOOLS.has(tool)) continue
      command.words.forEach((word, index) => {
        const text = wordText(word)
        const option = PASSWORD_OPTIONS.has(text)
          ? text
          : [...PASSWORD_OPTIONS].find((o) => o.startsWith('--') && text.startsWith(`${o}=`))
        if (!option || (option === text && !command.words[index + 1])) return
        add(
          importFinding('IMP110', name, script.originOf(command.offset), {
            command: wordText(command.words[0] as Word),
            option,
          }),
        )
      })
    }
  }

  for (const run of job.runs) {
    for (const swallowed of run.swallowed) add(importFinding('IMP103', name, swallowed.origin, swallowed))
    for (const flag of run.flags) {
      if (flag.name !== 'destination' || !flag.value) continue
      const upper = upperCaseFromVariable(flag.value, flag.resolved ?? '', job)
      if (upper) add(importFinding('IMP115', name, flag, upper))
    }
  }
  for (const write of job.authWrites) {
    if (write.quotesLost) add(importFinding('IMP104', name, write, {}))
  }
  for (const entry of job.auth) {
    if (entry.base64Wraps) add(importFinding('IMP102', name, entry, { host: entry.host }))
    if (entry.hostForm === 'port-stripped') add(importFinding('IMP113', name, entry, { host: entry.host }))
    if (entry.password && !entry.password.includes('$'))
      add(importFinding('IMP112', name, entry, { host: entry.host }))
  }
  // kaniko's bundle, or a companion's system bundle (a copy of the public bundle is no CA: the
  // generator's release job overwrites its own copy first, which is not a bundle of the system).
  for (const certificate of job.certificates) {
    if (certificate.mode === 'overwrite' && isBundle(certificate.target)) {
      const companion = job.role === 'companion'
      add(importFinding('IMP108', name, certificate, { target: certificate.target, companion }))
    }
  }
  for (const need of job.needs ?? []) {
    if (!definedNames.has(need)) add(importFinding('IMP109', name, job, { need, includes: hasIncludes }))
  }
  return findings
}

/**
 * A destination whose repository gets upper-case letters from a literal variable of the file
 * (`${DOCKER_IMAGE}` with `DOCKER_IMAGE: "CHANGE_ME"`): kaniko refuses the reference.
 */
function upperCaseFromVariable(
  value: Word,
  resolved: string,
  job: ImportedJob,
): { destination: string; resolved: string; variable: string } | null {
  const { repository } = splitImageReference(resolved)
  for (const part of value.parts) {
    if (part.kind !== 'param') continue
    const literal = job.variables.find((v) => v.name === part.name)?.literal
    if (!literal || literal === literal.toLowerCase()) continue
    if (!repository.includes(literal)) continue
    return { destination: wordText(value), resolved, variable: part.name }
  }
  return null
}
