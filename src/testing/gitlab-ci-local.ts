import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import { createRequire } from 'node:module'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { extractPipeline } from './extract.ts'
import { runProcess } from './spawn.ts'

/**
 * Validates pipelines with the pinned gitlab-ci-local (4.73.0): `--list-json` parses the file the way
 * GitLab does (includes, rules, needs, stages) and checks it against its bundled copy of GitLab's CI
 * JSON schema, offline and without docker. Each run gets its own temp dir as cwd, state dir and home,
 * so nothing is written into the repository.
 *
 * One pipeline per process: the CLI has no batch mode and its bundle runs (and exits) on import, so
 * several pipelines are validated by running processes side by side (`validatePipelines`).
 */

export interface GclJob {
  readonly name: string
  readonly stage: string
  readonly when: string
  readonly allow_failure: boolean
  readonly needs?: readonly { job: string }[] | null
  readonly rules?: readonly Record<string, unknown>[] | null
}

export type GclResult =
  | {
      readonly ok: true
      /** `--list-json`: the jobs with their `when` under the given variables. */
      readonly jobs: readonly GclJob[]
      /** `--preview`: the pipeline as gitlab-ci-local (js-yaml) read it, dumped back to YAML. */
      readonly preview: string | undefined
      readonly ms: number
    }
  | { readonly ok: false; readonly error: string; readonly ms: number }

export interface GclOptions {
  /** `--variable NAME=value` pairs (e.g. CI_COMMIT_TAG) to evaluate rules with. */
  readonly variables?: Readonly<Record<string, string>>
  /** `--list-json` (default) or `--preview`; both parse and schema-check the whole file. */
  readonly mode?: 'list-json' | 'preview'
  readonly timeoutMs?: number
  /** Predefined variables to remove (`--unset-variable`): a tag pipeline has no CI_COMMIT_BRANCH at all. */
  readonly unset?: readonly string[]
  /**
   * Makes the project a git repository for `rules:exists` and `rules:changes`: every file in `files`
   * exists in the working tree; those in `changed` differ from `origin/main` (the default branch),
   * which is what gitlab-ci-local diffs against, whatever the pipeline.
   */
  readonly project?: ProjectFiles
}

export interface ProjectFiles {
  readonly files: readonly string[]
  readonly changed: readonly string[]
}

const require = createRequire(import.meta.url)
const CLI = require.resolve('gitlab-ci-local/dist/index.js')

/** The version of the installed gitlab-ci-local (the tests pin 4.73.0: later ones crash on Node 20). */
export function gitlabCiLocalVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(CLI), '..', 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/** Strips ANSI colours from the CLI's messages. */
function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC
  return text.replace(/\u001b\[[0-9;]*m/g, '')
}

/** Validates one pipeline. */
export async function validatePipeline(yamlText: string, options: GclOptions = {}): Promise<GclResult> {
  const started = performance.now()
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'kanikoconfig-gcl-'))
  try {
    const cwd = path.join(dir, 'project')
    const home = path.join(dir, 'home')
    await fs.promises.mkdir(cwd)
    await fs.promises.mkdir(home)
    await fs.promises.writeFile(path.join(cwd, '.gitlab-ci.yml'), yamlText)
    if (options.project) makeRepository(cwd, options.project)
    const args = [
      CLI,
      options.mode === 'preview' ? '--preview' : '--list-json',
      '--state-dir',
      '.gitlab-ci-local',
      '--home',
      home,
      '--no-color',
      ...Object.entries(options.variables ?? {}).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
      // Setting predefined variables on purpose (a tag pipeline has no CI_COMMIT_BRANCH…): without this
      // gitlab-ci-local prints a warning on stdout, in the middle of the JSON.
      ...(options.variables ? ['--ignore-predefined-vars', Object.keys(options.variables).join(',')] : []),
      ...(options.unset ?? []).flatMap((name) => ['--unset-variable', name]),
      // Without a repository there is nothing to diff: `changes` is taken as true instead of failing.
      ...(options.project ? [] : ['--evaluate-rule-changes=false']),
    ]
    const { code, stdout, stderr } = await runProcess(process.execPath, args, {
      cwd,
      // Only what node needs: no CI variables of the machine running the tests leak into the check.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: options.timeoutMs ?? 60_000,
    })
    const ms = performance.now() - started
    if (code !== 0) return { ok: false, error: errorText(stderr, stdout, code), ms }
    if (options.mode === 'preview') return { ok: true, jobs: [], preview: stdout, ms }
    try {
      return { ok: true, jobs: JSON.parse(stdout) as GclJob[], preview: undefined, ms }
    } catch {
      return { ok: false, error: `unexpected output: ${plain(stdout).slice(0, 2000)}`, ms }
    }
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true })
  }
}

/**
 * A repository whose `origin/main` holds the files not in `changed`, and whose HEAD adds the changed
 * ones on top (a file both in `files` and `changed` is changed content).
 */
function makeRepository(cwd: string, { files, changed }: ProjectFiles): void {
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=proof', '-c', 'user.email=proof@example.com', ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
    })
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`)
  }
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true })
    fs.writeFileSync(path.join(cwd, file), content)
  }
  git('init', '-q', '-b', 'main')
  for (const file of files) write(file, 'base\n')
  git('add', '-A')
  git('commit', '-q', '--allow-empty', '-m', 'base')
  git('update-ref', 'refs/remotes/origin/main', 'HEAD')
  git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main')
  for (const file of changed) write(file, 'changed\n')
  git('add', '-A')
  git('commit', '-q', '--allow-empty', '-m', 'change')
}

/** Validates several pipelines, `concurrency` processes at a time; results in input order. */
export async function validatePipelines(
  pipelines: readonly string[],
  options: GclOptions & { readonly concurrency?: number } = {},
): Promise<GclResult[]> {
  const results: GclResult[] = new Array(pipelines.length)
  let next = 0
  const worker = async () => {
    while (next < pipelines.length) {
      const index = next++
      results[index] = await validatePipeline(pipelines[index] as string, options)
    }
  }
  const concurrency = Math.max(
    1,
    Math.min(options.concurrency ?? os.availableParallelism(), pipelines.length),
  )
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

/** The CLI's error without the git fallback noise it prints outside a repository. */
function errorText(stderr: string, stdout: string, code: number | null): string {
  const noise =
    /^(Using fallback git|Unable to retrieve default remote branch|\s+Command failed with exit code \d+: git |fatal: not a git repository|parsing and downloads finished|json schema validated)/
  const lines = plain(`${stderr}\n${stdout}`)
    .split('\n')
    .filter((line) => line.trim() !== '' && !noise.test(line))
  return `gitlab-ci-local exited with ${code}: ${lines.join('\n')}`
}

export interface PipelineCase {
  readonly label: string
  readonly yaml: string
}

/**
 * Validates each pipeline with gitlab-ci-local (`--preview`) and lists every disagreement: a
 * rejected pipeline, or a job whose scripts (and, with `variables`, job variables) js-yaml, as
 * gitlab-ci-local reads them, and the `yaml` package, as these tests read them, see differently.
 */
export async function gitlabCiLocalProblems(
  cases: readonly PipelineCase[],
  { variables = false }: { readonly variables?: boolean } = {},
): Promise<string[]> {
  const results = await validatePipelines(
    cases.map((c) => c.yaml),
    { mode: 'preview' },
  )
  const problems: string[] = []
  const differ = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b)
  results.forEach((result, i) => {
    const c = cases[i]
    if (!c) return
    if (!result.ok) {
      problems.push(`${c.label}: ${result.error}`)
      return
    }
    const preview = parse(result.preview ?? '') as Record<string, Record<string, unknown> | undefined>
    for (const job of extractPipeline(c.yaml).jobs) {
      const seen = preview[job.name]
      if (differ(seen?.script, job.script)) problems.push(`${c.label} ${job.name}: script`)
      if (differ(seen?.before_script ?? [], job.beforeScript))
        problems.push(`${c.label} ${job.name}: before_script`)
      if (variables && differ(seen?.variables ?? {}, job.variables))
        problems.push(`${c.label} ${job.name}: variables`)
    }
  })
  return problems
}
