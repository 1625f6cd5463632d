import { diagnose } from '../../diagnostics/index.ts'
import { generate } from '../../generate/index.ts'
import { type ImportedPipeline, importPipeline, withoutRestatements } from '../index.ts'
import type { ImportedJob } from '../job.ts'
import { readExecutorRun } from '../kaniko/argv.ts'
import { isBundle } from '../kaniko/certificates.ts'
import { allCommands, programName } from '../kaniko/commands.ts'
import { flagText } from '../mapping/values.ts'
import { wordText } from '../shell/words.ts'
import type { Origin, Unmapped } from '../types.ts'

/**
 * The corpus measurement (issue 12, item 6): import a pipeline, generate the config's pipeline, import
 * that again, and sort every executor flag and value, destination, auth host, proxy and CA behaviour of
 * the original's kaniko jobs into kept (the regenerated pipeline has it), changed (the import says how
 * it is written now), reported (the import lists it as not mapped) or lost (none of these: a bug).
 */
export type FactKind = 'flag' | 'destination' | 'auth' | 'proxy' | 'ca'
export type Verdict = 'kept' | 'changed' | 'reported' | 'lost'

export interface Fact {
  readonly kind: FactKind
  readonly text: string
  readonly job: string
  /** The job's name as written (`build` for `build: [a]`). */
  readonly definedAs: string
  readonly origins: readonly Origin[]
  /** A free-form variable the value came through (`KANIKO_ARGS`). */
  readonly via: string | null
  /** Texts a note about this very fact names (`--snapshotMode`, the host). */
  readonly mentions: readonly string[]
}

export interface Measured {
  readonly buildJobs: number
  readonly runs: number
  readonly images: number
  readonly facts: readonly (Fact & { verdict: Verdict })[]
  readonly count: Readonly<Record<Verdict, number>>
  readonly importFindings: readonly string[]
  readonly configFindings: readonly string[]
  readonly unmapped: number
  readonly changed: number
  readonly regenerated: string
  readonly result: ImportedPipeline
  /** The regenerated pipeline, imported. */
  readonly again: ImportedPipeline
}

/** `${NAME}` and `$NAME` are the same reference; quotes are gone already (word text). */
export const normalize = (text: string): string => text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1')

function runsOf(job: ImportedJob) {
  const asMeant = job.runs.every((run) => run.flags.length === 0) && job.intendedRuns.length > 0
  return asMeant ? job.intendedRuns : job.runs
}

/** The facts of one job, each with the places an import note about it would name. */
export function jobFacts(job: ImportedJob, options: { setArguments?: boolean } = {}): Fact[] {
  const facts: Fact[] = []
  const jobOrigin = { path: job.path, line: job.line }
  const add = (
    kind: FactKind,
    text: string,
    origins: Origin[],
    mentions: string[],
    via: string | null = null,
  ) =>
    facts.push({
      kind,
      text,
      job: job.name,
      definedAs: job.definedAs,
      origins: [...origins, jobOrigin],
      via,
      mentions,
    })
  const runs = [...runsOf(job)]
  if (options.setArguments) {
    // The regenerated job collects destinations that depend on the pipeline with `set -- "$@" …`.
    for (const script of job.scripts)
      for (const command of allCommands(script.commands)) {
        if (programName(command) !== 'set' || command.words[1] === undefined) continue
        if (wordText(command.words[1]) !== '--') continue
        const words = command.words.filter((word) => wordText(word) !== '$@')
        runs.push(
          readExecutorRun({ ...command, words }, 1, {
            variables: job.variables,
            assignments: new Map(),
            originOf: script.originOf,
          }),
        )
      }
  }
  for (const run of runs) {
    for (const flag of run.flags) {
      const value = flag.value ? normalize(wordText(flag.value)) : null
      const text =
        flag.spec.type === 'bool'
          ? `--${flag.name}${flag.enabled === false ? '=false' : ''}`
          : `--${flag.name}=${value}`
      const mentions = [flagText(flag)]
      add(
        flag.name === 'destination' ? 'destination' : 'flag',
        text,
        [flag, run],
        mentions,
        flag.source?.variable ?? null,
      )
    }
  }
  for (const write of job.authWrites) {
    if (write.form === 'variable-copy' || write.form === 'file-copy')
      add('auth', `config.json from ${normalize(write.from ?? '')}`, [write], [`${write.from}`])
    if (write.credsStore) add('auth', `credsStore ${write.credsStore}`, [write], ['credsStore'])
    for (const [host, helper] of Object.entries(write.credHelpers))
      add('auth', `credHelper ${normalize(host)} ${helper}`, [write], [host])
    for (const entry of write.entries)
      add(
        'auth',
        `auth ${normalize(entry.host)}`,
        [entry, write],
        [entry.host, entry.hostForm === 'port-stripped' ? 'Dependency Proxy' : entry.host, 'GitLab registry'],
      )
  }
  for (const proxy of job.proxy)
    add(
      'proxy',
      `${proxy.via} ${proxy.kind}=${normalize(proxy.value)}`,
      [proxy],
      [proxy.via === 'build-arg' ? `\`--build-arg ${proxy.name}=` : `\`${proxy.name}\``],
    )
  // What is trusted, and whether kaniko's bundle of public CAs is replaced (IMP108).
  for (const ca of job.certificates) {
    const replaces = ca.mode === 'overwrite' && isBundle(ca.target) ? ' replacing the bundle' : ''
    add('ca', `${ca.source.kind} ${normalize(ca.source.value).trim()}${replaces}`, [ca], ['CA'])
  }
  return facts
}

const at = (entry: Unmapped, origin: Origin) => entry.path === origin.path && entry.line === origin.line

function verdict(fact: Fact, kept: ReadonlySet<string>, result: ImportedPipeline): Verdict {
  // A note at the fact's own place that names it wins over a text that survived (a destination that
  // uses a variable the script assigns is the same text, but not the same value).
  const [own] = fact.origins
  const names = (entry: Unmapped) =>
    own !== undefined && at(entry, own) && fact.mentions.some((text) => entry.reason.includes(text))
  if (result.unmapped.some(names)) return 'reported'
  if (result.changed.some(names)) return 'changed'
  if (kept.has(`${fact.kind} ${fact.text}`)) return 'kept'
  const about = (entry: Unmapped) =>
    fact.origins.some((origin) => at(entry, origin)) || (fact.via !== null && entry.reason.includes(fact.via))
  if (result.changed.some(about)) return 'changed'
  if (result.unmapped.some(about)) return 'reported'
  return 'lost'
}

export async function measure(text: string): Promise<Measured> {
  const result = await importPipeline(text)
  if (!result.ok) throw new Error(`${result.error.line}:${result.error.column} ${result.error.message}`)
  if (!result.config) throw new Error('no config')
  const regenerated = generate(result.config)
  const again = await importPipeline(regenerated)
  if (!again.ok) throw new Error(`the regenerated pipeline does not import: ${again.error.message}`)
  const keptFacts = new Set(
    again.jobs
      .flatMap((job) => jobFacts(job, { setArguments: true }))
      .map((fact) => `${fact.kind} ${fact.text}`),
  )
  // Written by the generator in its own form: kaniko's GitLab helper, lower-case proxy names, CA appended.
  const builds = result.jobs.filter((job) => job.role === 'kaniko-build')
  const facts = builds
    .flatMap((job) => jobFacts(job))
    .map((fact) => ({ ...fact, verdict: verdict(fact, keptFacts, result) }))
  const count = { kept: 0, changed: 0, reported: 0, lost: 0 }
  for (const fact of facts) count[fact.verdict] += 1
  return {
    buildJobs: builds.length,
    runs: builds.reduce((sum, job) => sum + runsOf(job).length, 0),
    images: result.config.images.length,
    facts,
    count,
    importFindings: [...new Set(result.findings.map((f) => f.code))].sort(),
    configFindings: [
      ...new Set(withoutRestatements(result, diagnose(result.config)).map((f) => f.code)),
    ].sort(),
    unmapped: result.unmapped.length,
    changed: result.changed.length,
    regenerated,
    result,
    again,
  }
}
