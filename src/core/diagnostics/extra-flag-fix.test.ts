import { describe, expect, it } from 'vitest'
import { ciVariables, shellView } from '../../testing/ci-env.ts'
import { expectedExecutorArgv, jobEnv } from '../../testing/oracle.ts'
import { imageView } from '../config/image-view.ts'
import type { ConfigInputV1 as ConfigInput } from '../config/migrate-v1.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { Config } from '../config/schema.ts'
import { expandShellText } from '../shell/text.ts'
import { diagnose } from './engine.ts'
import { FLAGS, type FlagSpec } from './lib/flags.ts'

/**
 * KC610 moves an extra flag into its form field. Whatever flag and value, the fix may only remove the
 * flag when kaniko still gets the same argument: checked on the oracle's argv of the fixed config
 * (src/testing/oracle.ts, which shares no code with the generator or the rule).
 */

/** Values worth trying per flag (by the name kaniko uses today); bool flags try bare, true and false. */
const VALUES: Readonly<Record<string, readonly string[]>> = {
  destination: ['registry.example.com/app:v1', 'registry.example.com/app', '$CI_REGISTRY_IMAGE:x'],
  'build-arg': ['A=1', 'A', 'A=$CI_COMMIT_TAG'],
  label: ['k=v', 'k='],
  'snapshot-mode': ['redo', 'full'],
  verbosity: ['debug', 'info'],
  'log-format': ['json'],
  compression: ['zstd', 'gzip'],
  'custom-platform': ['linux/arm64'],
  'cache-ttl': ['24h'],
  'push-retry': ['3', '0'],
  'image-download-retry': ['2', '0'],
  'ignore-path': ['/var/cache'],
  'registry-mirror': ['mirror.gcr.io'],
  dockerfile: ['sub/Dockerfile', '$CI_PROJECT_DIR/x/Dockerfile'],
  context: ['sub'],
  target: ['runtime', ''],
}
const STRING_VALUES = ['out/file', '', '$CI_PROJECT_DIR/out']
const BOOL_VALUES = [undefined, 'true', 'false', '1', 'F']

/** kaniko's value of an absent flag (cmd/executor/cmd/root.go). */
const KANIKO_TRUE_BY_DEFAULT = new Set(['compressed-caching', 'cache-run-layers'])
const absentValue = (spec: FlagSpec) =>
  spec.type === 'bool' ? String(KANIKO_TRUE_BY_DEFAULT.has(spec.name)) : spec.type === 'int' ? '0' : ''

const BASES: Readonly<Record<string, ConfigInput>> = {
  default: {},
  'cache on': { cache: { enabled: true } },
  'cache off, cache options set': { cache: { enabled: false, ttl: '48h', copyLayers: true } },
}

function normalized(spec: FlagSpec, value: string): string {
  if (spec.type === 'bool') return String(['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value))
  if (spec.type === 'int') return String(Number(value))
  return value
}

/** The values each flag has in an argv, read the way kaniko's flag parser reads it. */
function argvValues(argv: readonly string[]): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string
    if (!word.startsWith('--')) continue
    const eq = word.indexOf('=')
    const name = eq < 0 ? word.slice(2) : word.slice(2, eq)
    const spec = FLAGS.find((f) => f.name === name)
    let value: string
    if (eq >= 0) value = word.slice(eq + 1)
    else if (spec?.type === 'bool') value = 'true'
    else value = argv[++i] ?? ''
    values.set(name, [...(values.get(name) ?? []), spec ? normalized(spec, value) : value])
  }
  return values
}

function argvOf(config: Config): readonly string[] {
  const view = imageView(config, 0)
  return expectedExecutorArgv(view, jobEnv(view, shellView(ciVariables(view))))
}

const movable = FLAGS.filter((f) => f.field && !f.insecure)

describe('KC610’s fix', () => {
  const cases = movable.flatMap((spec) => {
    const current = spec.replacedBy ?? spec.name
    const values =
      spec.type === 'bool' ? BOOL_VALUES : (VALUES[current] ?? (spec.type === 'int' ? ['2'] : STRING_VALUES))
    return Object.entries(BASES).flatMap(([base, input]) =>
      values.map((value) => ({ spec, current, value, base, input })),
    )
  })

  it('keeps every argument the extra flags gave kaniko, with the same value', () => {
    const lost: string[] = []
    let fixes = 0
    for (const { spec, current, value, base, input } of cases) {
      const entry = value === undefined ? `--${spec.name}` : `--${spec.name}=${value}`
      const config = parseConfigOrThrow({ ...input, advanced: { extraFlags: [entry] } })
      const finding = diagnose(config).find((f) => f.code === 'KC610')
      if (!finding?.fix) continue
      fixes += 1
      const fixed = finding.fix.apply(config)
      const fixedView = imageView(fixed, 0)
      const env = jobEnv(fixedView, shellView(ciVariables(fixedView)))
      const want = normalized(flagSpec(current), expandShellText(value ?? 'true', env))
      const got = argvValues(argvOf(fixed)).get(current)
      const kept = got
        ? got.includes(want)
        : want === normalized(flagSpec(current), absentValue(flagSpec(current)))
      if (!kept) lost.push(`${base}: ${entry} → ${current} ${JSON.stringify(got ?? 'absent')}`)
    }
    expect(lost).toEqual([])
    // Most cases still get their fix: the guard must not simply take every fix away.
    expect(fixes).toBeGreaterThan(cases.length * 0.7)
  })

  it('moves --compressed-caching=false into the form while the cache is off (issue 10)', () => {
    const config = parseConfigOrThrow({ advanced: { extraFlags: ['--compressed-caching=false'] } })
    const fix = diagnose(config).find((f) => f.code === 'KC610')?.fix
    expect(fix).toBeDefined()
    const fixed = fix?.apply(config) as Config
    expect(fixed.images[0]?.extraFlags).toEqual([])
    expect(argvOf(fixed)).toContain('--compressed-caching=false')
  })

  it('offers no fix for a cache option while the cache is off (the field would not be emitted)', () => {
    const config = parseConfigOrThrow({ advanced: { extraFlags: ['--cache-repo=registry.example.com/c'] } })
    const finding = diagnose(config).find((f) => f.code === 'KC610')
    expect(finding).toBeDefined()
    expect(finding?.fix).toBeUndefined()
  })
})

function flagSpec(name: string): FlagSpec {
  return FLAGS.find((f) => f.name === name) as FlagSpec
}
