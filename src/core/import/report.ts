import type { ImportedPipeline } from './index.ts'
import type { ImportedJob } from './job.ts'
import { wordText } from './shell/words.ts'

/** A job as plain data (`kanikoconfig import --json`): what was found, without the shell's parts. */
export interface JobSummary {
  readonly name: string
  readonly role: ImportedJob['role']
  readonly path: string
  readonly line: number
  readonly hidden: boolean
  readonly stage: string | null
  readonly image: string | null
  readonly runs: readonly {
    readonly line: number
    readonly conditional: boolean
    readonly argv: readonly string[]
    readonly destinations: readonly string[]
  }[]
  readonly companions: readonly {
    readonly tool: string
    readonly subcommand: string
    readonly argv: readonly string[]
  }[]
  readonly auth: readonly { readonly host: string; readonly username: string | null; readonly form: string }[]
  readonly certificates: readonly { readonly mode: string; readonly source: string; readonly value: string }[]
  readonly proxy: readonly { readonly name: string; readonly value: string; readonly via: string }[]
}

export function jobSummary(job: ImportedJob): JobSummary {
  return {
    name: job.name,
    role: job.role,
    path: job.path,
    line: job.line,
    hidden: job.hidden,
    stage: job.stage,
    image: job.image?.name ?? null,
    runs: job.runs.map((run) => ({
      line: run.line,
      conditional: run.conditional,
      argv: run.argv.map(wordText),
      destinations: run.destinations.map(wordText),
    })),
    companions: job.companions.map((c) => ({
      tool: c.tool,
      subcommand: c.subcommand,
      argv: c.argv.map(wordText),
    })),
    auth: job.auth.map((entry) => ({ host: entry.host, username: entry.username, form: entry.form })),
    certificates: job.certificates.map((c) => ({
      mode: c.mode,
      source: c.source.kind,
      value: c.source.value,
    })),
    proxy: job.proxy.map((p) => ({ name: p.name, value: p.value, via: p.via })),
  }
}

/** `{config, jobs, unmapped, changed, findings}`: an import as plain JSON-ready data. */
export function importReport(result: ImportedPipeline) {
  return {
    config: result.config,
    jobs: result.jobs.map(jobSummary),
    unmapped: result.unmapped,
    changed: result.changed,
    findings: result.findings,
  }
}
