import { VARIABLE_NAME } from '../config/fields.ts'
import { type ArgvContext, type ExecutorRun, readExecutorRun } from './kaniko/argv.ts'
import { type AuthEntry, type AuthWrite, readAuthWrites } from './kaniko/auth.ts'
import { type CertificateWrite, readCertificateWrites } from './kaniko/certificates.ts'
import {
  allCommands,
  type CompanionCommand,
  companionCommand,
  executorIndex,
  programName,
} from './kaniko/commands.ts'
import { commandWhen, readPositionalDestinations } from './kaniko/positional.ts'
import { type ProxySetting, readProxy } from './kaniko/proxy.ts'
import { because } from './reasons.ts'
import { foldBreaks, intendedFolding } from './shell/folding.ts'
import { lexShell } from './shell/lexer.ts'
import type { ShellParser } from './shell/parser.ts'
import { jobScripts, type Script } from './shell/script.ts'
import { sliceWord, wordText } from './shell/words.ts'
import type { JobVariable, Origin, SimpleCommand, Unmapped, Word } from './types.ts'
import type { ResolvedJob } from './yaml/jobs.ts'
import { mapGet, scalarText, stringList, toPlain, type YNode } from './yaml/tree.ts'
import { splitReferences } from './yaml/variables.ts'

export interface ImportedImage extends Origin {
  /** As written (`gcr.io/kaniko-project/executor:${IMAGE_TAG}`). */
  readonly name: string
  /** With literal variables expanded (`…:v1.8.1-debug`); null when a value is not known. */
  readonly resolved: string | null
  /** null when not set. */
  readonly entrypoint: readonly string[] | null
}

export interface Triggers {
  readonly rules: readonly Readonly<Record<string, unknown>>[] | null
  readonly only: NormalizedRefs | null
  readonly except: NormalizedRefs | null
}
export interface NormalizedRefs {
  readonly refs: readonly string[]
  readonly variables: readonly string[]
  readonly changes: readonly string[]
  readonly kubernetes: string | null
}

export interface ImportedJob extends Origin {
  readonly name: string
  readonly definedAs: string
  readonly role: 'kaniko-build' | 'companion'
  /** A hidden job (`.name`) nothing in the file extends: a template for other pipelines. */
  readonly hidden: boolean
  /** The jobs it `extends`, as written. */
  readonly extends: readonly string[]
  readonly stage: string | null
  readonly image: ImportedImage | null
  /** `rules`/`only`/`except` as written (plain values). */
  readonly raw: { readonly rules: unknown; readonly only: unknown; readonly except: unknown }
  readonly triggers: Triggers
  readonly needs: readonly string[] | null
  readonly tags: readonly string[]
  readonly variables: readonly JobVariable[]
  readonly matrix: Readonly<Record<string, string>> | null
  readonly artifacts: unknown
  readonly services: readonly { name: string; alias: string | null; entrypoint: unknown; command: unknown }[]
  readonly retry: { readonly max: number; readonly when: readonly string[] } | null
  readonly timeout: string | null
  readonly when: string | null
  readonly allowFailure: unknown
  readonly interruptible: boolean | null
  readonly resourceGroup: string | null
  readonly runs: readonly ExecutorRun[]
  /** Runs of folded scripts read as their author meant them, where YAML breaks the folding (IMP111). */
  readonly intendedRuns: readonly ExecutorRun[]
  readonly companions: readonly CompanionCommand[]
  readonly authWrites: readonly AuthWrite[]
  readonly auth: readonly AuthEntry[]
  readonly certificates: readonly CertificateWrite[]
  readonly proxy: readonly ProxySetting[]
  /**
   * Names the script puts in the executor's environment: `export NAME=…` (or `export NAME`) before a
   * run, and `NAME=… /kaniko/executor …`. kaniko reads some (GOOGLE_APPLICATION_CREDENTIALS, AWS_*,
   * proxies, SSL_CERT_FILE): the mapping reproduces them or lists them.
   */
  readonly exported: readonly Exported[]
  /** Every script command, for the checks. */
  readonly scripts: readonly Script[]
  /** Where each key of the resolved job was written (`stage` → `.kaniko.stage`, line 12). */
  readonly origins: Readonly<Record<string, Origin>>
}

/** A name the script puts in the executor's environment; `value` null for `export NAME`. */
export interface Exported extends Origin {
  readonly name: string
  readonly value: string | null
}

const COMPANION_IMAGES = ['manifest-tool', 'crane', 'skopeo', 'buildah']
/** Commands a kaniko job may run that change nothing the import must reproduce. */
const HARMLESS = new Set([
  'echo',
  'printf',
  'mkdir',
  'export',
  'set',
  '[',
  '[[',
  'test',
  'true',
  'false',
  ':',
  'exit',
  'ls',
  'pwd',
  'sleep',
  'date',
  'env',
  'id',
  'whoami',
  'cat',
  'touch',
])
const QUIET_TARGETS = new Set(['/dev/null', '/dev/stderr', '/dev/stdout'])

export function isKanikoExecutorImage(name: string): boolean {
  const lower = name.toLowerCase()
  return (
    lower.includes('kaniko') &&
    (lower.includes('executor') ||
      lower.includes('martizih/kaniko') ||
      lower.includes('osscontainertools/kaniko:'))
  )
}

export async function readJob(
  job: ResolvedJob,
  parser: ShellParser,
  unmapped: Unmapped[],
): Promise<ImportedJob | null> {
  const definition = job.definition.entries
  const image = readImage(definition.get('image'), job.variables)
  const imageIsKaniko = image
    ? isKanikoExecutorImage(image.resolved ?? image.name) || image.name.toLowerCase().includes('kaniko')
    : false
  const local: Unmapped[] = []
  const scripts = (await jobScripts(definition, parser, local)).filter(
    (script): script is Script => script !== null,
  )
  const commandsOf = (script: Script): SimpleCommand[] => allCommands(script.commands)
  const hasExecutor = scripts.some((script) =>
    commandsOf(script).some((command) => executorIndex(command, imageIsKaniko) >= 0),
  )
  const companionsFound = scripts.flatMap((script) =>
    commandsOf(script).flatMap((command) => {
      const companion = companionCommand(command)
      return companion ? [{ ...companion, when: commandWhen(script, command) }] : []
    }),
  )
  const imageLower = (image?.name ?? '').toLowerCase()
  const role: ImportedJob['role'] | null =
    hasExecutor || (image && isKanikoExecutorImage(image.name))
      ? 'kaniko-build'
      : companionsFound.length || COMPANION_IMAGES.some((tool) => imageLower.includes(tool))
        ? 'companion'
        : null
  if (role === null) return null
  unmapped.push(...local)
  if (job.hidden) {
    unmapped.push({
      path: job.definedAs,
      line: job.line,
      ...because('template-read'),
    })
  }

  const runs: ExecutorRun[] = []
  const intendedRuns: ExecutorRun[] = []
  const authWrites: AuthWrite[] = []
  const certificates: CertificateWrite[] = []
  const exported: Exported[] = []
  for (const script of scripts) {
    const commands = commandsOf(script)
    if (script.key === 'script') exported.push(...environmentSet(script, imageIsKaniko))
    const context: ArgvContext = {
      variables: job.variables,
      assignments: scriptAssignments(commands, script),
      originOf: script.originOf,
    }
    for (const command of commands) {
      const index = executorIndex(command, imageIsKaniko)
      if (index >= 0)
        runs.push(
          readExecutorRun(command, index, {
            ...context,
            positional: readPositionalDestinations(script, command),
          }),
        )
    }
    authWrites.push(...readAuthWrites(commands, script.originOf))
    certificates.push(...readCertificateWrites(commands, script.originOf, role))
    reportUnknownCommands(script, imageIsKaniko, unmapped)
    for (const item of script.items) {
      if (foldBreaks(item.node).length === 0) continue
      const intended = lexShell(intendedFolding(item.node))
      for (const command of allCommands(intended.commands)) {
        const index = executorIndex(command, imageIsKaniko)
        const itemOrigin = { path: item.node.path, line: item.node.line }
        if (index >= 0)
          intendedRuns.push(readExecutorRun(command, index, { ...context, originOf: () => itemOrigin }))
      }
    }
  }
  if (image?.name.includes('$')) {
    unmapped.push({
      ...image,
      ...because('image-variable', { image: image.name }),
    })
  }
  for (const run of runs) {
    if (run.conditional) {
      unmapped.push({
        ...run,
        ...because('run-conditional'),
      })
    }
    for (const problem of run.problems) unmapped.push({ ...problem.origin, ...problem.reason })
    for (const free of run.freeForm) {
      unmapped.push({
        ...free.origin,
        ...because(free.read ? 'free-form-variable-read' : 'free-form-variable', { variable: free.variable }),
      })
    }
  }
  for (const write of authWrites) {
    if (write.form === 'unreadable') unmapped.push({ ...write, ...because('auth-unreadable') })
    // A copied file is reproduced as DOCKER_AUTH_CONFIG (a File variable) or listed by the mapping.
  }
  for (const certificate of certificates) {
    if (certificate.source.kind === 'unknown')
      unmapped.push({ ...certificate, ...because('ca-unknown-source', { source: certificate.source.value }) })
  }

  const flags = runs.flatMap((run) => run.flags)
  return {
    name: job.name,
    definedAs: job.definedAs,
    path: job.definedAs,
    line: job.line,
    role,
    hidden: job.hidden,
    extends: job.extends,
    stage: scalarText(definition.get('stage')),
    image,
    raw: {
      rules: toPlain(definition.get('rules')) ?? null,
      only: toPlain(definition.get('only')) ?? null,
      except: toPlain(definition.get('except')) ?? null,
    },
    triggers: {
      rules: readRules(definition.get('rules')),
      only: readRefs(definition.get('only')),
      except: readRefs(definition.get('except')),
    },
    needs: readNeeds(definition.get('needs')),
    tags: stringList(definition.get('tags')),
    variables: job.variables,
    matrix: job.matrix,
    artifacts: toPlain(definition.get('artifacts')) ?? null,
    services: readServices(definition.get('services')),
    retry: readRetry(definition.get('retry')),
    timeout: scalarText(definition.get('timeout')),
    when: scalarText(definition.get('when')),
    allowFailure: toPlain(definition.get('allow_failure')) ?? null,
    interruptible: definition.has('interruptible')
      ? scalarText(definition.get('interruptible')) === 'true'
      : null,
    resourceGroup: scalarText(definition.get('resource_group')),
    runs,
    intendedRuns,
    companions: companionsFound,
    authWrites,
    auth: authWrites.flatMap((write) => write.entries),
    certificates,
    proxy: readProxy(job.variables, flags),
    exported,
    scripts,
    origins: Object.fromEntries(
      [...definition].map(([key, node]) => [key, { path: node.path, line: node.line }]),
    ),
  }
}

function readImage(node: YNode | undefined, variables: readonly JobVariable[]): ImportedImage | null {
  if (!node) return null
  const nameNode = node.kind === 'map' ? mapGet(node, 'name') : node
  const name = scalarText(nameNode)
  if (name === null) return null
  const entrypointNode = mapGet(node, 'entrypoint')
  const entrypoint = entrypointNode ? stringList(entrypointNode) : null
  let resolved: string | null = ''
  for (const piece of splitReferences(name)) {
    const value =
      typeof piece === 'string' ? piece : (variables.find((v) => v.name === piece.name)?.literal ?? null)
    if (value === null || resolved === null) {
      resolved = null
      continue
    }
    resolved += value
  }
  return {
    name,
    resolved,
    entrypoint: entrypointNode?.kind === 'seq' && entrypoint?.length === 0 ? [] : entrypoint,
    path: nameNode?.path ?? node.path,
    line: nameNode?.line ?? node.line,
  }
}

/**
 * The names (and values, where given) a script's top-level commands export, and those set on an
 * executor run's own command.
 */
function environmentSet(script: Script, imageIsKaniko: boolean): Exported[] {
  return script.commands.flatMap((command) => {
    const origin = script.originOf(command.offset)
    const set =
      executorIndex(command, imageIsKaniko) >= 0
        ? command.assignments.map(({ name, value }) => ({ name, value: wordText(value) }))
        : programName(command) === 'export'
          ? command.words
              .slice(1)
              .map((word) => wordText(word))
              .filter((text) => !text.startsWith('-'))
              .map((text) => {
                const equals = text.indexOf('=')
                return equals < 0
                  ? { name: text, value: null }
                  : { name: text.slice(0, equals), value: text.slice(equals + 1) }
              })
          : []
    return set.filter(({ name }) => VARIABLE_NAME.test(name)).map((entry) => ({ ...entry, ...origin }))
  })
}

function scriptAssignments(commands: readonly SimpleCommand[], script: Script): ArgvContext['assignments'] {
  const map = new Map<string, { value: Word; conditional: boolean; origin: Origin }[]>()
  for (const command of commands) {
    const exported = programName(command) === 'export' ? command.words.slice(1) : []
    const fromExport = exported.flatMap((word) => {
      const text = wordText(word)
      const equals = text.indexOf('=')
      return equals > 0 ? [{ name: text.slice(0, equals), value: sliceWord(word, equals + 1) }] : []
    })
    for (const assignment of [...command.assignments, ...fromExport]) {
      const list = map.get(assignment.name) ?? []
      list.push({
        value: assignment.value,
        conditional: command.conditional,
        origin: script.originOf(command.offset),
      })
      map.set(assignment.name, list)
    }
  }
  return map
}

function reportUnknownCommands(script: Script, imageIsKaniko: boolean, unmapped: Unmapped[]): void {
  for (const command of script.commands) {
    const origin = script.originOf(command.offset)
    for (const redirect of command.redirects) {
      const target = wordText(redirect.target)
      const writes = redirect.op === '>' || redirect.op === '>>' || redirect.op === '>|'
      if (
        !writes ||
        QUIET_TARGETS.has(target) ||
        target.endsWith('config.json') ||
        target.includes('/kaniko/ssl/certs/')
      )
        continue
      unmapped.push({ ...origin, ...because('writes-file', { file: target }) })
    }
    if (command.words.length === 0) continue
    const name = programName(command)
    if (executorIndex(command, imageIsKaniko) >= 0 || HARMLESS.has(name) || companionCommand(command))
      continue
    if (name === 'cp' || name === 'mv') {
      const target = wordText(command.words.at(-1) as Word)
      if (target.endsWith('config.json') || target.includes('/kaniko/ssl/certs/')) continue
    }
    // `… | base64 -d > config.json` or into the CA directory: read as auth or a CA.
    const readTargets = command.redirects.map((r) => wordText(r.target))
    if (
      name === 'base64' &&
      readTargets.some((t) => t.endsWith('config.json') || t.includes('/kaniko/ssl/certs/'))
    )
      continue
    if (name === 'cd') {
      unmapped.push({
        ...origin,
        ...because('changes-directory'),
      })
      continue
    }
    const text = wordText(command.words[0] as Word)
    unmapped.push({
      ...origin,
      ...(brokenFold(script, origin)
        ? because('fold-broken-command', { command: text })
        : because('unknown-command', { command: text })),
    })
  }
}

/** The origin is a line that a more-indented line of a `>` script split off its command (IMP111). */
function brokenFold(script: Script, origin: Origin): boolean {
  const item = script.items.find((candidate) => candidate.node.path === origin.path)
  const [first] = item ? foldBreaks(item.node) : []
  return first !== undefined && origin.line >= first.line
}

function readRules(node: YNode | undefined): Readonly<Record<string, unknown>>[] | null {
  if (!node) return null
  const items = node.kind === 'seq' ? node.items : [node]
  return items.map((item) => {
    const plain = toPlain(item)
    return typeof plain === 'object' && plain !== null && !Array.isArray(plain)
      ? (plain as Record<string, unknown>)
      : { value: plain }
  })
}

function readRefs(node: YNode | undefined): NormalizedRefs | null {
  if (!node) return null
  if (node.kind !== 'map') return { refs: stringList(node), variables: [], changes: [], kubernetes: null }
  return {
    refs: stringList(node.entries.get('refs')),
    variables: stringList(node.entries.get('variables')),
    changes: stringList(node.entries.get('changes')),
    kubernetes: scalarText(node.entries.get('kubernetes')),
  }
}

function readNeeds(node: YNode | undefined): string[] | null {
  if (!node) return null
  const items = node.kind === 'seq' ? node.items : [node]
  return items.flatMap((item) => {
    if (item.kind === 'map') {
      if (item.entries.has('pipeline') || item.entries.has('project')) return []
      const job = scalarText(item.entries.get('job'))
      return job === null ? [] : [job]
    }
    const name = scalarText(item)
    return name === null ? [] : [name]
  })
}

function readServices(node: YNode | undefined): ImportedJob['services'] {
  if (node?.kind !== 'seq') return []
  return node.items.map((item) => ({
    name: scalarText(item.kind === 'map' ? item.entries.get('name') : item) ?? '',
    alias: scalarText(mapGet(item, 'alias')),
    entrypoint: toPlain(mapGet(item, 'entrypoint')) ?? null,
    command: toPlain(mapGet(item, 'command')) ?? null,
  }))
}

function readRetry(node: YNode | undefined): ImportedJob['retry'] {
  if (!node) return null
  if (node.kind === 'map')
    return {
      max: Number(scalarText(node.entries.get('max')) ?? 0),
      when: stringList(node.entries.get('when')),
    }
  return { max: Number(scalarText(node) ?? 0), when: [] }
}
