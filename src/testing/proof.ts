import { isDocument, isNode, parseDocument, visit } from 'yaml'
import { type ImageView, imageViews } from '../core/config/image-view.ts'
import type { Config } from '../core/config/schema.ts'
import { referencedVariables } from '../core/shell/text.ts'
import { expectedCas } from './ca-oracle.ts'
import {
  type CiVariables,
  CREDENTIAL_HELPERS_ON_PATH,
  jobEnvironment,
  type RunResult,
  runJob,
  SYSTEM_CA_MARKER,
} from './chroot-runner.ts'
import { ciVariables, shellView } from './ci-env.ts'
import { type DockerConfig, readDockerConfig } from './docker-config-json.ts'
import { type ExtractedJob, extractPipeline } from './extract.ts'
import {
  type Env,
  type ExpectedAuths,
  type ExpectedJob,
  expectedAuths,
  expectedExecutorArgv,
  expectedHostFailure,
  expectedManifestToolCalls,
  expectedPipeline,
  JOB_KEY_ORDER,
  jobEnv,
  PATHS,
} from './oracle.ts'
import { jobScript, type ScriptToCheck } from './shellcheck.ts'

/**
 * Proves one generated pipeline against the oracle: structure, and every job run in the chroot
 * (argv, job environment, config.json, CA bundle, no stray files). Returns readable problems (empty
 * when the pipeline is right) and the job scripts, for one batched shellcheck run by the caller.
 */

export interface ProofOptions {
  readonly jobOnly?: boolean
  /** CI/CD variables; by default `ciVariables(config)`. */
  readonly variables?: Readonly<Record<string, CiVariables[string]>>
  /** Skip running the jobs (structure only). */
  readonly structureOnly?: boolean
}

export interface Proof {
  readonly problems: string[]
  readonly scripts: ScriptToCheck[]
  readonly jobs: readonly ExtractedJob[]
  /** The argv each job's executor or manifest-tool received, by job name (when the jobs ran). */
  readonly calls: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Each job's run (files written, environment), by job name (when the jobs ran). */
  readonly runs: ReadonlyMap<string, RunResult>
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const show = (value: unknown) => JSON.stringify(value)

/**
 * Every image's jobs, each against the oracle with that image's view. Several images must be written
 * as separate jobs (`pipeline.layout: 'jobs'`): layout.proof.test.ts proves the other layouts run
 * exactly as that one does. The release job is proven in release-job.proof.test.ts.
 */
export function provePipeline(whole: Config, yamlText: string, options: ProofOptions = {}): Proof {
  if (whole.images.length > 1 && whole.pipeline.layout !== 'jobs')
    throw new Error('provePipeline proves several images in the jobs layout')
  const views = imageViews(whole)
  const first = views[0] as ImageView
  const problems: string[] = []
  const scripts: ScriptToCheck[] = []
  const calls = new Map<string, readonly (readonly string[])[]>()
  const runs = new Map<string, RunResult>()
  // Shared settings (registries, CA) decide the CI/CD variables: any image's view gives them.
  const variables = options.variables ?? ciVariables(first)
  const ci = shellView(variables)
  let pipeline: ReturnType<typeof extractPipeline>
  try {
    pipeline = extractPipeline(yamlText)
  } catch (error) {
    return {
      problems: [`the YAML does not parse: ${String(error)}`],
      scripts,
      jobs: [],
      calls: new Map(),
      runs: new Map(),
    }
  }
  const jobOnly = options.jobOnly ?? false
  const expected = views.map((view) => ({ view, pipeline: expectedPipeline(view, ci, { jobOnly }) }))
  const { stages, header } = (expected[0] as (typeof expected)[number]).pipeline

  if (show(pipeline.stages) !== show(stages)) {
    problems.push(`stages: expected ${show(stages)}, got ${show(pipeline.stages)}`)
  }
  problems.push(...commentProblems(yamlText, header, first.output.comments))
  const names = pipeline.jobs.map((j) => j.name)
  const expectedNames = expected.flatMap((e) => e.pipeline.jobs.map((j) => j.name))
  if (show(names) !== show(expectedNames)) {
    problems.push(`jobs: expected ${show(expectedNames)}, got ${show(names)}`)
  }

  for (const { view: config, pipeline: wanted } of expected) {
    const env = jobEnv(config, ci)
    for (const want of wanted.jobs) {
      const job = pipeline.jobs.find((j) => j.name === want.name)
      if (!job) continue
      const where = `job ${show(want.name)}`
      problems.push(...structureProblems(where, job, want, ci))
      const script = jobScript(`${scripts.length}:${want.name}`, job)
      scripts.push({ ...script, exported: [...(script.exported ?? []), ...userVariables(config)] })
      if (!options.structureOnly) {
        const run = runProblems(where, config, job, want, variables, env)
        problems.push(...run.problems)
        calls.set(want.name, run.calls)
        runs.set(want.name, run.result)
      }
    }
  }
  return { problems, scripts, jobs: pipeline.jobs, calls, runs }
}

/**
 * Every variable the config says exists: names it references in its texts, the File-type CA variable
 * and the registry credential variables. The runner exports them all before the job's lines, so
 * shellcheck must not take them for unassigned (it only assumes that for upper-case names).
 */
export function userVariables(config: ImageView): string[] {
  const names = new Set<string>([config.certificates.fileVariable])
  if (config.advanced.extraArgsVariable !== '') names.add(config.advanced.extraArgsVariable)
  for (const r of config.registries.extra) names.add(r.usernameVariable).add(r.passwordVariable)
  const walk = (value: unknown) => {
    if (typeof value === 'string') for (const name of referencedVariables(value)) names.add(name)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk)
  }
  walk(config)
  return [...names]
}

function structureProblems(
  where: string,
  job: ExtractedJob,
  want: ExpectedJob,
  ci: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = []
  const check = (what: string, got: unknown, expected: unknown) => {
    if (show(got) !== show(expected))
      problems.push(`${where} ${what}: expected ${show(expected)}, got ${show(got)}`)
  }
  check('stage', job.stage, want.stage)
  // GitLab Runner expands variables in `image:` too: `$$` is a literal `$`.
  check('image', job.image?.replaceAll('$$', '$'), want.image)
  check('entrypoint', job.entrypoint, want.entrypoint)
  check('tags', job.tags, want.tags)
  check(
    'needs',
    job.needs?.map((n) => n.job),
    want.needs,
  )
  check('rules', job.rules, want.rules)
  // GitLab expands variables in artifacts:paths: `$$` is a literal `$`.
  check(
    'artifacts',
    job.artifacts && {
      paths: job.artifacts.paths.map((p) => p.replaceAll('$$', '$')),
      expireIn: job.artifacts.expireIn,
    },
    want.artifacts,
  )
  // What the job sees after GitLab expands its variables, not how they are spelled in YAML.
  const seen = jobEnvironment(ci, job.variables)
  check('variables', Object.fromEntries(Object.keys(job.variables).map((k) => [k, seen[k]])), want.variables)
  check('variable order', Object.keys(job.variables), Object.keys(want.variables))
  const order = job.keys.filter((k) => JOB_KEY_ORDER.includes(k))
  check('keys', job.keys, order)
  check(
    'key order',
    order,
    [...order].sort((a, b) => JOB_KEY_ORDER.indexOf(a) - JOB_KEY_ORDER.indexOf(b)),
  )
  return problems
}

/** A header comment exactly when expected; no comments at all when both are off. */
function commentProblems(yamlText: string, header: boolean, comments: boolean): string[] {
  const problems: string[] = []
  if (header && !yamlText.startsWith('#')) problems.push('the header comment is missing')
  if (!header && !comments) {
    const doc = parseDocument(yamlText)
    let found = Boolean(doc.commentBefore || doc.comment)
    visit(doc, (_key, node) => {
      if (isNode(node) && !isDocument(node) && (node.commentBefore || node.comment)) found = true
    })
    if (found) problems.push('comments are off, but the YAML has comments')
  }
  return problems
}

function runProblems(
  where: string,
  config: ImageView,
  job: ExtractedJob,
  want: ExpectedJob,
  variables: Readonly<Record<string, CiVariables[string]>>,
  env: Env,
): { problems: string[]; calls: readonly (readonly string[])[]; result: RunResult } {
  const problems: string[] = []
  const kind = want.kind === 'build' ? 'kaniko-debug' : 'manifest-tool-alpine'
  const result = runJob(job, { variables, image: kind })
  const configPath = want.kind === 'build' ? PATHS.kanikoConfig : PATHS.manifestToolConfig
  const hostFailure = expectedHostFailure(config, env)
  if (hostFailure !== null) {
    // The job stops before config.json: no file, no program run, only the message.
    const got = { exitCode: result.exitCode, stderr: result.stderr, ran: result.invocations.length }
    const expected = { exitCode: 1, stderr: `${hostFailure}\n`, ran: 0 }
    if (show(got) !== show(expected)) problems.push(`${where}: expected ${show(expected)}, got ${show(got)}`)
  } else {
    problems.push(...completedRunProblems(where, config, want, result, env))
    const given = variables[config.registries.dockerAuthConfig.variable]
    const givenText = typeof given === 'object' ? given.file : given
    const auths = expectedAuths(config, env, want.kind === 'build' ? 'kaniko' : 'manifest-tool', givenText)
    problems.push(...authProblems(where, result.files[configPath], auths, kind))
  }

  const bundlePath = want.kind === 'build' ? PATHS.kanikoBundle : PATHS.alpineBundle
  const cas = expectedCas(
    config.certificates,
    want.kind === 'build' ? 'kaniko' : 'alpine',
    `${SYSTEM_CA_MARKER}\n`,
    variables,
    env,
  )
  const gotBundle = result.files[bundlePath] ?? `${SYSTEM_CA_MARKER}\n`
  if (gotBundle !== cas.bundle)
    problems.push(`${where} CA bundle: expected ${show(cas.bundle)}, got ${show(gotBundle)}`)

  const allowed = new Set<string>([bundlePath])
  if (hostFailure === null) allowed.add(configPath)
  for (const [file, content] of Object.entries(cas.files)) {
    allowed.add(file)
    const got = result.files[file]
    if (got !== content) problems.push(`${where} ${file}: expected ${show(content)}, got ${show(got)}`)
  }
  const stray = Object.keys(result.files).filter((f) => !allowed.has(f))
  if (stray.length > 0) problems.push(`${where} wrote unexpected files ${show(stray)}`)
  const calls = want.kind === 'build' ? result.executorCalls : result.manifestToolCalls
  return { problems, calls, result }
}

/** A job that ran to the end: exit 0, the expected program with the expected argv and environment. */
function completedRunProblems(
  where: string,
  config: ImageView,
  want: ExpectedJob,
  result: ReturnType<typeof runJob>,
  env: Env,
): string[] {
  const problems: string[] = []
  if (result.exitCode !== 0 || result.stderr !== '') {
    problems.push(`${where} exited with ${result.exitCode}, stderr ${show(result.stderr)}`)
  }
  const program = want.kind === 'build' ? 'executor' : 'manifest-tool'
  const others = result.invocations.filter((i) => i.program !== program)
  if (others.length > 0) problems.push(`${where} ran ${show(others.map((i) => i.program))}`)

  const calls = want.kind === 'build' ? result.executorCalls : result.manifestToolCalls
  const expectedCalls =
    want.kind === 'build'
      ? [expectedExecutorArgv(config, env, want.platform)]
      : expectedManifestToolCalls(config, env)
  if (show(calls) !== show(expectedCalls)) problems.push(argvDiff(where, expectedCalls, calls))
  for (const call of result.invocations) {
    if (want.kind === 'build' && call.invokedAs !== PATHS.kanikoExecutor) {
      problems.push(`${where} ran the executor as ${show(call.invokedAs)}`)
    }
    // kaniko and manifest-tool read the proxy from their environment.
    for (const [name, value] of Object.entries(want.variables)) {
      if (call.env[name] !== value) {
        problems.push(
          `${where}: ${call.program} saw ${name}=${show(call.env[name])}, expected ${show(value)}`,
        )
      }
    }
  }
  return problems
}

/** config.json must be valid JSON whose auths decode to user:password, and only what is expected. */
export function authProblems(
  where: string,
  written: string | undefined,
  expected: ExpectedAuths | null,
  image: 'kaniko-debug' | 'manifest-tool-alpine',
): string[] {
  if (expected === null) return written === undefined ? [] : [`${where} wrote a config.json: ${written}`]
  if (written === undefined) return [`${where} did not write config.json`]
  let parsed: DockerConfig
  try {
    // As kaniko and manifest-tool read it (a merged DOCKER_AUTH_CONFIG repeats `auths`).
    parsed = readDockerConfig(written)
  } catch (error) {
    return [`${where} config.json is not a JSON object (${String(error)}): ${written}`]
  }
  const problems: string[] = []
  const record = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  if (show(sorted(parsed.others)) !== show(sorted(expected.others ?? {})))
    problems.push(
      `${where} config.json has other members ${show(parsed.others)}, expected ${show(expected.others ?? {})}`,
    )
  const decoded: Record<string, string> = {}
  const auths = parsed.auths
  for (const [key, entry] of Object.entries(auths)) {
    const auth = record(entry) ? entry.auth : undefined
    if (
      typeof auth !== 'string' ||
      !BASE64.test(auth) ||
      (record(entry) && Object.keys(entry).length !== 1)
    ) {
      problems.push(`${where} config.json auths[${show(key)}] is not {auth: base64}: ${show(entry)}`)
      continue
    }
    decoded[key] = Buffer.from(auth, 'base64').toString('utf8')
  }
  if (show(sorted(decoded)) !== show(sorted(expected.auths))) {
    problems.push(`${where} config.json auths: expected ${show(expected.auths)}, got ${show(decoded)}`)
  }
  const helpers = parsed.credHelpers
  if (show(sorted(helpers)) !== show(sorted(expected.credHelpers))) {
    problems.push(
      `${where} config.json credHelpers: expected ${show(expected.credHelpers)}, got ${show(helpers)}`,
    )
  }
  for (const helper of Object.values(helpers)) {
    if (!CREDENTIAL_HELPERS_ON_PATH[image].includes(`docker-credential-${String(helper)}`)) {
      problems.push(`${where}: no docker-credential-${String(helper)} in the ${image} image`)
    }
  }
  return problems
}

function sorted(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function argvDiff(
  where: string,
  expected: readonly (readonly string[])[],
  got: readonly (readonly string[])[],
): string {
  if (expected.length !== got.length) {
    return `${where}: expected ${expected.length} call(s), got ${got.length}: ${show(got)}`
  }
  for (let c = 0; c < expected.length; c++) {
    const want = expected[c] ?? []
    const have = got[c] ?? []
    for (let i = 0; i < Math.max(want.length, have.length); i++) {
      if (want[i] !== have[i]) {
        return `${where} call ${c} argv[${i}]: expected ${show(want[i])}, got ${show(have[i])}\n  expected ${show(want)}\n  got      ${show(have)}`
      }
    }
  }
  return `${where}: argv differ`
}
