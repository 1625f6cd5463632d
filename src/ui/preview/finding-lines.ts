import type { Config } from '../../core/config/schema.ts'
import { FLAGS } from '../../core/diagnostics/lib/flags.ts'
import { getIn, messagePath, parsePathKey } from '../state/paths.ts'

/**
 * Where in the generated YAML a finding's fields show: the lines to put a marker on. The YAML is
 * searched for each field's rendered form (its flag, its key, its value), so the mapping needs no
 * knowledge of the generator's layout and survives changes to it; a field that shows nowhere (a
 * missing block, say) falls back to the first job's first line.
 */

/** Keys and texts that render a field which is not a kaniko flag, tried in order (by message path). */
const RENDERED_AS: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  'job.name': [/^[A-Za-z0-9_.-]+:\s*$/],
  'multiArch.manifestJobName': [/^[A-Za-z0-9_.-]+:\s*$/],
  'executor.source': ['kaniko-project/executor', 'osscontainertools/kaniko', 'name:'],
  'executor.tag': ['kaniko-project/executor', 'osscontainertools/kaniko', 'name:'],
  'executor.customImage': ['name:'],
  'executor.overrideEntrypoint': ['entrypoint:', 'name:'],
  'job.stage': ['stage:'],
  'job.triggers': ['rules:'],
  'job.manual': ['when: manual', 'rules:'],
  'job.runnerTags': ['tags:'],
  'output.stagesBlock': ['stages:'],
  'proxy.http': ['http_proxy:'],
  'proxy.https': ['https_proxy:'],
  'proxy.noProxy': ['no_proxy:'],
  'proxy.jobVariables': ['variables:'],
  'proxy.buildArgs': ['--build-arg "http_proxy='],
  'certificates.enabled': ['ca-certificates.crt', '--registry-certificate'],
  'certificates.source': ['ca-certificates.crt'],
  'certificates.fileVariable': ['ca-certificates.crt'],
  'certificates.pem': ['ca-certificates.crt'],
  'certificates.registry': ['--registry-certificate'],
  'registries.gitlabAuth': ['config.json'],
  'registries.dependencyProxy.enabled': ['CI_DEPENDENCY_PROXY'],
  'registries.dependencyProxy.stripPort': ['CI_DEPENDENCY_PROXY_SERVER'],
  'registries.dependencyProxy.prefixBuildArg': ['--build-arg "CI_DEPENDENCY_PROXY', 'CI_DEPENDENCY_PROXY'],
  'registries.extra': ['config.json'],
  'multiArch.enabled': ['manifest-tool'],
  'multiArch.platforms': ['--platforms'],
  'multiArch.tagSuffix': ['--template'],
  'multiArch.manifestToolImage': ['name:'],
  'multiArch.manifestRunnerTags': ['tags:'],
  'snapshot.ignorePaths': ['--ignore-path'],
  'advanced.extraFlags': ['/kaniko/executor'],
}

/** Top-level keys that are not jobs. */
const NOT_JOBS = new Set(['stages', 'variables', 'default', 'workflow', 'include', 'image', 'services'])

export function jobLine(lines: readonly string[]): number {
  const index = lines.findIndex((l) => {
    const key = /^([A-Za-z0-9_.-]+):\s*$/.exec(l)?.[1]
    return key !== undefined && !NOT_JOBS.has(key)
  })
  return index + 1 || 1
}

/** `--name` as a whole flag (`--cache` must not match `--cache-repo`). */
function flagPattern(name: string): RegExp {
  return new RegExp(`--${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s="]|$)`)
}

type Matcher = (line: string) => boolean

/** The needles of a field: its rendered keys, then the flags of the field or of a list holding it. */
function needlesOf(field: string): Matcher[] {
  const path = messagePath(parsePathKey(field))
  const keys = (RENDERED_AS[path] ?? []).map(
    (needle): Matcher =>
      typeof needle === 'string' ? (line) => line.includes(needle) : (line) => needle.test(line),
  )
  const flags = FLAGS.filter(
    (f) => f.field !== undefined && !f.replacedBy && (path === f.field || path.startsWith(`${f.field}.`)),
  ).map((f): Matcher => {
    const pattern = flagPattern(f.name)
    return (line) => pattern.test(line)
  })
  return [...flags, ...keys]
}

/** 1-based numbers of the lines that render one field; [] when it shows nowhere. */
export function fieldLines(yaml: string, config: Config, field: string): number[] {
  const lines = yaml.split('\n')
  const code = lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => !/^\s*#/.test(l))
  const value = getIn(config, parsePathKey(field))
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
  const hasValue: Matcher = (line) => text.length >= 2 && line.includes(text)
  const where = (m: Matcher) => code.filter(({ l }) => m(l)).map(({ n }) => n)

  const needles = needlesOf(field)
  // Most precise first: a needle's line showing the value, then the value anywhere, then the needle.
  const attempts: Matcher[] = [
    ...needles.map(
      (needle): Matcher =>
        (line) =>
          needle(line) && hasValue(line),
    ),
    hasValue,
    ...needles,
  ]
  for (const attempt of attempts) {
    const matches = where(attempt)
    if (matches.length > 0) return matches
  }
  return []
}

/** The lines for a finding about `fields`: every line any of them renders, else the job's first line. */
export function findingLines(yaml: string, config: Config, fields: readonly string[]): number[] {
  const lines = new Set<number>()
  for (const field of fields) for (const n of fieldLines(yaml, config, field)) lines.add(n)
  if (lines.size === 0) return [jobLine(yaml.split('\n'))]
  return [...lines].sort((a, b) => a - b)
}
