import type { Config } from '../config/schema.ts'
import { jobFindings } from './checks.ts'
import { type ImportFinding, importFinding } from './findings.ts'
import { type ImportedJob, readJob } from './job.ts'
import { type ImageSource, mapToConfig } from './mapping/index.ts'
import { because } from './reasons.ts'
import { batchParser } from './shell/batch.ts'
import { loadShellParser, type ShellParser } from './shell/parser.ts'
import { joinScript, SCRIPT_KEYS } from './shell/script.ts'
import type { JobVariable, Origin, Unmapped } from './types.ts'
import { interpolateInputs, readInputs } from './yaml/component.ts'
import { parseYamlFile, type YamlError } from './yaml/document.ts'
import { resolvePipeline } from './yaml/jobs.ts'
import { toPlain } from './yaml/tree.ts'

export type { ImportCode, ImportFinding, Localized } from './findings.ts'
export { IMPORT_FINDINGS } from './findings.ts'
export type { ImportedJob } from './job.ts'
export type { ExecutorRun, FlagUse } from './kaniko/argv.ts'
export type { AuthEntry, AuthWrite } from './kaniko/auth.ts'
export type { CertificateWrite } from './kaniko/certificates.ts'
export type { ProxySetting } from './kaniko/proxy.ts'
export type { ImageSource, MappedConfig } from './mapping/index.ts'
export {
  IMPORT_REASONS,
  localizedReason,
  type Reason,
  type ReasonCode,
  type ReasonParams,
} from './reasons.ts'
export { importReport, type JobSummary, jobSummary } from './report.ts'
export { withoutRestatements } from './restated.ts'
export type { ShellParser } from './shell/parser.ts'
export type { JobVariable, Origin, Unmapped, Word, WordPart } from './types.ts'
export type { YamlError } from './yaml/document.ts'

export interface ImportedPipeline {
  readonly ok: true
  /** kaniko build jobs and their companions (manifest-tool, crane, skopeo, buildah manifest). */
  readonly jobs: readonly ImportedJob[]
  /** Jobs that neither build with kaniko nor retag: not read further. */
  readonly otherJobs: readonly string[]
  readonly stages: readonly string[]
  readonly globalVariables: readonly JobVariable[]
  /** Component inputs (`spec: inputs`), as variables holding their defaults. */
  readonly inputs: readonly JobVariable[]
  /** What the importer could not read, then what the config cannot hold: each with its YAML path. */
  readonly unmapped: readonly Unmapped[]
  readonly findings: readonly ImportFinding[]
  /** The v2 config that reproduces the kaniko build jobs (validated); null when there is none. */
  readonly config: Config | null
  /** What the config holds in another form than the original (a fix, a spelling, a merge of jobs). */
  readonly changed: readonly Unmapped[]
  /** Per config image, the job it reproduces and what the report says the config does not hold. */
  readonly imageSources: readonly ImageSource[]
}

export type ImportResult = ImportedPipeline | { readonly ok: false; readonly error: YamlError }

export interface ImportOptions {
  /** The shell parser (default: sh-syntax, loaded on first use). */
  readonly shellParser?: ShellParser
  /** Map only the build job of this name (as GitLab shows it, or as written). */
  readonly job?: string
}

/** Larger files are refused: a `.gitlab-ci.yml` is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000

/**
 * Reads a `.gitlab-ci.yml` into a resolved description of its kaniko work. Pure and total: it never
 * throws; broken YAML comes back as `{ ok: false, error: { line, column, message } }`.
 */
export async function importPipeline(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: { line: 1, column: 1, message: `the file is larger than ${MAX_IMPORT_BYTES} characters` },
    }
  }
  try {
    return await read(text, options)
  } catch (error) {
    return { ok: false, error: { line: 1, column: 1, message: `the importer failed: ${String(error)}` } }
  }
}

async function read(text: string, options: ImportOptions): Promise<ImportResult> {
  const unmapped: Unmapped[] = []
  const parsed = parseYamlFile(text, unmapped)
  if (!parsed.ok) return parsed
  const { inputs, variables: inputVariables } = readInputs(parsed.file.header)
  const usedInputs = new Set<string>()
  const root =
    parsed.file.pipeline && inputs.size
      ? interpolateInputs(parsed.file.pipeline, inputs, unmapped, usedInputs)
      : parsed.file.pipeline
  const pipeline = resolvePipeline(root, inputVariables, unmapped)
  for (const include of pipeline.includes) {
    const plain = toPlain(include)
    const what = typeof plain === 'string' ? plain : JSON.stringify(plain)
    unmapped.push({
      path: include.path,
      line: include.line,
      ...because('include-not-followed', { include: what }),
    })
  }
  const shellParser = options.shellParser ?? (await loadShellParser())
  const texts = pipeline.jobs.flatMap((job) =>
    SCRIPT_KEYS.map(
      ({ from }) =>
        joinScript(
          from.map((key) => job.definition.entries.get(key)),
          [],
        )?.text ?? '',
    ),
  )
  const parser = await batchParser(
    shellParser,
    texts.filter((text) => text !== ''),
  )
  const jobs: ImportedJob[] = []
  const otherJobs: string[] = []
  const otherOrigins: Origin[] = []
  for (const job of pipeline.jobs) {
    const imported = await readJob(job, parser, unmapped)
    if (imported) jobs.push(imported)
    else {
      otherJobs.push(job.name)
      otherOrigins.push({ path: job.name, line: job.line })
    }
  }
  const findings = onePerKey(
    jobs.flatMap((job) => jobFindings(job, pipeline.definedNames, pipeline.includes.length > 0)),
    findingPlace,
  )
  for (const input of inputs.values()) {
    if (!usedInputs.has(input.name)) findings.push(importFinding('IMP114', '', input, { input: input.name }))
  }
  const mapped = mapToConfig(
    { jobs, otherJobs: otherOrigins, stages: pipeline.stages, text },
    options.job === undefined ? {} : { job: options.job },
  )
  return {
    ok: true,
    jobs,
    otherJobs,
    stages: pipeline.stages,
    globalVariables: pipeline.globalVariables,
    inputs: inputVariables,
    unmapped: onePerKey([...unmapped, ...mapped.unmapped], unmappedPlace),
    findings,
    config: mapped.config,
    changed: onePerKey(mapped.changed, unmappedPlace),
    imageSources: mapped.imageSources,
  }
}

/**
 * The first entry of each key. Findings: the cells of a `parallel: matrix` job, and jobs that inherit
 * a template's image or script, share the YAML they were written in, so the same problem is reported
 * once (code, path, line, message), under the first job that has it; unmapped entries likewise.
 */
function onePerKey<T>(list: readonly T[], keyOf: (entry: T) => readonly unknown[]): T[] {
  const seen = new Set<string>()
  return list.filter((entry) => {
    const key = keyOf(entry).join('\u0000')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const findingPlace = (f: ImportFinding) => [f.code, f.path, f.line, f.message.en]
const unmappedPlace = (u: Unmapped) => [u.path, u.line, u.reason]
