import { platformSlug } from '../../core/catalog/platforms.ts'
import type { Config } from '../../core/config/schema.ts'
import { FLAGS } from '../../core/diagnostics/lib/flags.ts'
import { getIn, messagePath, parsePathKey } from '../state/paths.ts'

/**
 * Where in the generated YAML a finding's fields show: the lines to put a marker on. The YAML is
 * searched for each field's rendered form (its flag, its key, its value), so the mapping needs no
 * knowledge of the generator's layout and survives changes to it; a field that shows nowhere (a
 * missing block, say) falls back to the first job's first line.
 */

/**
 * Keys and texts that render a field which is not a kaniko flag, tried in order (by the message path
 * of an image's view, the shape the flag table and the generators read; see viewPath).
 */
const RENDERED_AS: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  'job.name': [/^[A-Za-z0-9_.-]+:\s*$/],
  'multiArch.manifestJobName': [/^[A-Za-z0-9_.-]+:\s*$/],
  'executor.source': ['kaniko-project/executor', 'osscontainertools/kaniko', 'name:'],
  'executor.tag': ['kaniko-project/executor', 'osscontainertools/kaniko', 'name:'],
  'executor.tagVariable': ['kaniko-project/executor', 'osscontainertools/kaniko', 'name:'],
  'executor.customImage': ['name:'],
  'executor.overrideEntrypoint': ['entrypoint:', 'name:'],
  'job.stage': ['stage:'],
  'job.triggers': ['rules:'],
  'job.manual': ['when: manual', 'rules:'],
  'job.runnerTags': ['tags:'],
  'pipeline.layout': ['extends:', 'parallel:'],
  'pipeline.templateName': [/^\.[A-Za-z0-9_.-]+:\s*$/],
  'pipeline.triggers.tagPattern': ['$CI_COMMIT_TAG =~', 'rules:'],
  'pipeline.triggers.branches': ['$CI_COMMIT_BRANCH', 'rules:'],
  'pipeline.triggers.schedules': ['"schedule"', 'rules:'],
  'pipeline.job.needs': ['needs:'],
  'pipeline.job.retryMax': ['retry:'],
  'pipeline.job.retryWhen': ['retry:'],
  'pipeline.job.timeout': ['timeout:'],
  'pipeline.job.interruptible': ['interruptible:'],
  'pipeline.job.resourceGroup': ['resource_group:'],
  'pipeline.job.variables': ['variables:'],
  'pipeline.job.services': ['services:'],
  'image.changes': ['changes:', 'rules:'],
  'image.changesCompareTo': ['compare_to:', 'changes:'],
  'image.exists': ['exists:', 'rules:'],
  'image.needs': ['needs:'],
  'image.variables': ['variables:'],
  'release.enabled': ['crane'],
  'release.image': ['crane'],
  'release.jobName': [/^[A-Za-z0-9_.-]+:\s*$/],
  'release.stage': ['stage:'],
  'release.repository': ['crane'],
  'release.fromTag': ['crane'],
  'release.toTags': ['crane'],
  'release.runnerTags': ['tags:'],
  'output.stagesBlock': ['stages:'],
  'proxy.http': ['http_proxy:'],
  'proxy.https': ['https_proxy:'],
  'proxy.noProxy': ['no_proxy:', 'https_proxy:', 'http_proxy:'],
  'proxy.jobVariables': ['variables:', '--build-arg "http_proxy='],
  'proxy.buildArgs': ['--build-arg "http_proxy=', 'http_proxy:'],
  'proxy.fromRunner': ['--build-arg http_proxy', 'http_proxy:'],
  'certificates.enabled': ['ca-certificates.crt', '--registry-certificate'],
  'certificates.source': ['ca-certificates.crt'],
  'certificates.fileVariable': ['ca-certificates.crt'],
  'certificates.onlyWhenSet': ['ca-certificates.crt'],
  'certificates.pem': ['ca-certificates.crt'],
  'certificates.base64Variable': ['ca-certificates.crt'],
  'certificates.path': ['ca-certificates.crt'],
  'certificates.more': ['ca-certificates.crt', '--registry-certificate'],
  'certificates.registry': ['--registry-certificate'],
  'registries.gitlabAuth': ['config.json'],
  'registries.dependencyProxy.enabled': ['CI_DEPENDENCY_PROXY'],
  'registries.dependencyProxy.stripPort': ['CI_DEPENDENCY_PROXY_SERVER'],
  'registries.dependencyProxy.prefixBuildArg': ['--build-arg "CI_DEPENDENCY_PROXY', 'CI_DEPENDENCY_PROXY'],
  'registries.extra': ['config.json'],
  'registries.dockerAuthConfig': ['config.json'],
  'multiArch.enabled': ['manifest-tool'],
  'multiArch.platforms': ['--platforms'],
  'multiArch.tagSuffix': ['--template'],
  'multiArch.manifestToolImage': ['name:'],
  'multiArch.manifestRunnerTags': ['tags:'],
  'cache.repository': ['--cache-repo', '--cache=true'],
  'snapshot.ignorePaths': ['--ignore-path'],
  // An argument line of a command, not a YAML key or list item.
  'advanced.extraFlags': [/^ {4,}(?!- )\S(.*[^:])?$/],
  'advanced.extraArgsVariable': [':+$'],
  'advanced.artifactsExpireIn': ['expire_in:', 'artifacts:'],
}

/** An image's fields as its view names them (core/config/image-view.ts), by message path. */
const IMAGE_VIEW_PATHS: Readonly<Record<string, string>> = {
  name: 'job.name',
  runnerTags: 'job.runnerTags',
  extraFlags: 'advanced.extraFlags',
  extraArgsVariable: 'advanced.extraArgsVariable',
  cacheRepository: 'cache.repository',
  destinations: 'destinations',
  multiArch: 'multiArch',
  context: 'build.context',
  dockerfile: 'build.dockerfile',
  target: 'build.target',
  buildArgs: 'build.buildArgs',
  labels: 'build.labels',
  ociLabels: 'build.ociLabels',
  skipUnusedStages: 'build.skipUnusedStages',
}
const PIPELINE_VIEW_PATHS: Readonly<Record<string, string>> = {
  'pipeline.stage': 'job.stage',
  'pipeline.triggers.on': 'job.triggers',
  'pipeline.triggers.manual': 'job.manual',
}

/**
 * The message path of a config field as an image's view spells it (`images.buildArgs.value` ->
 * `build.buildArgs.value`): the flag table and RENDERED_AS name fields that way. An image's own
 * v2 fields (changes, exists, needs, variables) become `image.*`.
 */
export function viewPath(path: string): string {
  const pipeline = Object.entries(PIPELINE_VIEW_PATHS).find(
    ([from]) => path === from || path.startsWith(`${from}.`),
  )
  if (pipeline) return pipeline[1] + path.slice(pipeline[0].length)
  if (!path.startsWith('images.')) return path
  const rest = path.slice('images.'.length)
  const head = rest.split('.')[0] ?? ''
  const view = IMAGE_VIEW_PATHS[head]
  return view === undefined ? `image.${rest}` : view + rest.slice(head.length)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Top-level keys that are not jobs. */
const NOT_JOBS = new Set(['stages', 'variables', 'default', 'workflow', 'include', 'image', 'services'])

/** The first job's first line (1-based), where a finding about nothing rendered is shown. */
export function jobLine(lines: readonly string[]): number {
  const index = lines.findIndex((l) => {
    const key = /^([A-Za-z0-9_.-]+):\s*$/.exec(l)?.[1]
    return key !== undefined && !NOT_JOBS.has(key)
  })
  return index + 1 || 1
}

/** `--name` as a whole flag (`--cache` must not match `--cache-repo`). */
function flagPattern(name: string): RegExp {
  return new RegExp(`--${escapeRegExp(name)}(?=[\\s="]|$)`)
}

type Matcher = (line: string) => boolean

/** Fields whose needle only narrows down where their value is: alone it would match too much. */
const ONLY_WITH_VALUE = new Set(['advanced.extraFlags'])

/** The rendered forms of a field, or of the nearest field holding it (`registries.extra.host`). */
function renderedAs(path: string): readonly (string | RegExp)[] {
  for (let p = path; p !== ''; p = p.replace(/\.?[^.]*$/, '')) {
    const found = RENDERED_AS[p]
    if (found) return found
  }
  return []
}

/** The needles of a field: the flags of the field or of a list holding it, then its rendered keys. */
function needlesOf(field: string): { needles: Matcher[]; alone: boolean } {
  const path = viewPath(messagePath(parsePathKey(field)))
  const keys = renderedAs(path).map(
    (needle): Matcher =>
      typeof needle === 'string' ? (line) => line.includes(needle) : (line) => needle.test(line),
  )
  const flags = FLAGS.filter(
    (f) => f.field !== undefined && !f.replacedBy && (path === f.field || path.startsWith(`${f.field}.`)),
  ).map((f): Matcher => {
    const pattern = flagPattern(f.name)
    return (line) => pattern.test(line)
  })
  return { needles: [...flags, ...keys], alone: !ONLY_WITH_VALUE.has(path) }
}

const never: Matcher = () => false

const textOf = (value: unknown) =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''

/** `text` as a word of a line: `v1.24.0` is in `executor:v1.24.0`, not in `v1.24.0-debug`. */
function asWord(text: string): Matcher {
  if (text === '') return never
  const word = new RegExp(`(?:^|[\\s"'=:,/])${escapeRegExp(text)}(?=$|[\\s"'=,:@/])`)
  return (line) => word.test(line.trim())
}

/** A flag typed by hand (`--verbosity=$LOG_LEVEL`) may be quoted or respelled: its name stays. */
function asFlag(text: string): Matcher {
  const name = /^--?[A-Za-z][\w-]*/.exec(text)?.[0]
  if (!name) return never
  const flag = new RegExp(`(?:^|[\\s"'])${escapeRegExp(name)}(?=$|[\\s"'=])`)
  return (line) => flag.test(line.trim())
}

/**
 * The texts that identify a field's line: its value, then the other values of the list item it
 * belongs to (a build argument's value may be respelled, `$X` as `${X}`; its name is not).
 */
function identifyingTexts(config: Config, field: string): string[] {
  const path = parsePathKey(field)
  const own = textOf(getIn(config, path))
  const index = path.findLastIndex((p) => typeof p === 'number')
  const item = index >= 0 ? getIn(config, path.slice(0, index + 1)) : undefined
  const siblings =
    item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.values(item).map(textOf) : []
  return [...new Set([own, ...siblings])].filter((t) => t !== '')
}

type CodeLine = { readonly l: string; readonly n: number }
type SplitYaml = {
  readonly yaml: string
  readonly lines: readonly string[]
  readonly code: readonly CodeLine[]
  /** imageScope's lines by the image's job names (the findings of one image share them). */
  readonly scopes: Map<string, Set<number> | undefined>
}
let split: SplitYaml | undefined

/** The YAML's lines, and those that are not comments with their 1-based numbers: once per text, not per field. */
function splitYaml(yaml: string): SplitYaml {
  if (split?.yaml !== yaml) {
    const lines = yaml.split('\n')
    const code = lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => !/^\s*#/.test(l))
    split = { yaml, lines, code, scopes: new Map() }
  }
  return split
}

/** 1-based numbers of the lines that render one field; [] when it shows nowhere. */
export function fieldLines(yaml: string, config: Config, field: string): number[] {
  const { code } = splitYaml(yaml)
  const texts = identifyingTexts(config, field)
  const own = textOf(getIn(config, parsePathKey(field)))
  // Loosely only when long enough not to be found by chance.
  const anywhere: Matcher = own.length >= 4 ? (line) => line.includes(own) : never

  const { needles, alone } = needlesOf(field)
  // The lines each needle is on, found once: the attempts that pair it with a value look at those only
  // (a finding's markers are placed after every keystroke's paint, for every finding).
  const onNeedle = needles.map((needle) => code.filter(({ l }) => needle(l)))
  const where = (lines: readonly CodeLine[], m: Matcher) =>
    m === never ? [] : lines.filter(({ l }) => m(l)).map(({ n }) => n)
  // Most precise first: a needle's line showing the value, then the value alone, then the needle.
  const attempts: (() => number[])[] = [
    ...texts.flatMap((text) => {
      const word = asWord(text)
      return onNeedle.map((lines) => () => where(lines, word))
    }),
    ...onNeedle.map((lines) => () => where(lines, anywhere)),
    () => where(code, asWord(own)),
    () => where(code, anywhere),
    () => where(code, asFlag(own)),
    ...(alone ? onNeedle.map((lines) => () => lines.map(({ n }) => n)) : []),
  ]
  // A field of one image shows in that image's jobs, though another image may render the same text.
  let scope: Set<number> | undefined | null = null
  for (const attempt of attempts) {
    const matches = attempt()
    if (matches.length === 0) continue
    scope ??= imageScope(yaml, config, field)
    const scoped = matches.filter((n) => scope?.has(n) ?? true)
    return scoped.length > 0 ? scoped : matches
  }
  return []
}

/**
 * The lines of the jobs of the image a field belongs to (`images[1].…`): its build jobs (one per
 * platform when multi-arch) and its manifest job. Undefined for a field of no image, or when none of
 * its jobs is written on its own (a matrix cell); then every line is the field's.
 */
function imageScope(yaml: string, config: Config, field: string): Set<number> | undefined {
  const index = /^images\[(\d+)\]/.exec(field)?.[1]
  const image = index === undefined ? undefined : config.images[Number(index)]
  if (!image) return undefined
  const names = new Set([image.name])
  if (image.multiArch.enabled) {
    for (const p of image.multiArch.platforms) names.add(`${image.name}-${platformSlug(p.platform)}`)
    names.add(image.multiArch.manifestJobName)
  }
  const split = splitYaml(yaml)
  const key = [...names].join('\u0000')
  if (split.scopes.has(key)) return split.scopes.get(key)
  const scope = new Set<number>()
  let inside = false
  split.lines.forEach((line, i) => {
    const top = topLevelKey(line)
    if (top !== undefined) inside = names.has(top)
    if (inside) scope.add(i + 1)
  })
  const found = scope.size > 0 ? scope : undefined
  split.scopes.set(key, found)
  return found
}

/** The key of a top-level mapping entry opening a block (`name:`, `"a: b":`, `'it''s':`), if the line is one. */
function topLevelKey(line: string): string | undefined {
  const match = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"].*?)):\s*$/.exec(line)
  if (!match) return undefined
  const [, double, single, plain] = match
  if (double !== undefined) {
    try {
      return JSON.parse(`"${double}"`) as string
    } catch {
      return double
    }
  }
  return single !== undefined ? single.replaceAll("''", "'") : plain
}

/** The lines for a finding about `fields`: every line any of them renders, else the job's first line. */
export function findingLines(yaml: string, config: Config, fields: readonly string[]): number[] {
  const lines = new Set<number>()
  for (const field of fields) for (const n of fieldLines(yaml, config, field)) lines.add(n)
  if (lines.size === 0) return [jobLine(yaml.split('\n'))]
  return [...lines].sort((a, b) => a - b)
}
