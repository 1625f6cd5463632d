import { PLATFORMS, type Platform } from '../../core/catalog/platforms.ts'

/**
 * Reads the argv the stubs recorded and turns it into what the real clients need. Only the flags
 * that decide what is pulled, built and pushed are translated; a flag outside the table is an
 * error, so a config the build step cannot honour fails loudly instead of being built differently.
 */

/** Every `--destination` of a kaniko argv, in order. */
export function executorDestinations(argv: readonly string[]): string[] {
  return valuesOf(argv, '--destination')
}

/** The value of `--build-arg NAME=value`, or of `--build-arg NAME` (taken from the job's environment). */
export function executorBuildArg(
  argv: readonly string[],
  name: string,
  jobEnv: Readonly<Record<string, string>>,
): string | undefined {
  for (const arg of valuesOf(argv, '--build-arg')) {
    if (arg === name) return jobEnv[name]
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1)
  }
  return undefined
}

export interface BuildahBuild {
  /** `buildah bud` arguments (after `bud`), tagging the result as `localName`. */
  readonly budArgs: string[]
  readonly localName: string
  readonly destinations: string[]
  /** Variables `--build-arg NAME` (no value) takes from the environment, as kaniko does. */
  readonly env: Record<string, string>
  /** Flags seen but deliberately not passed on, with why. */
  readonly dropped: string[]
}

/** kaniko flags with a value that map one to one onto `buildah bud`. */
const SAME_FLAGS = new Set(['--build-arg', '--target', '--label'])
/** kaniko flags without effect on the registry side of the build (why, for the report). */
const DROPPED_FLAGS: Readonly<Record<string, string>> = {
  '--registry-certificate': 'the CA reaches buildah through the job’s CA bundle (SSL_CERT_DIR)',
}

/**
 * The `buildah bud` equivalent of a kaniko argv. `mapPath` turns a job path (context, dockerfile)
 * into the directory the test prepared for it.
 */
export function executorToBuildah(
  argv: readonly string[],
  jobEnv: Readonly<Record<string, string>>,
  mapPath: (jobPath: string) => string,
): BuildahBuild {
  const budArgs: string[] = []
  const destinations: string[] = []
  const env: Record<string, string> = {}
  const dropped: string[] = []
  let context: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? ''
    const [flag, joinedValue] = splitJoinedFlag(word)
    if (flag === '--skip-unused-stages' && joinedValue === undefined) {
      budArgs.push('--skip-unused-stages=true')
      continue
    }
    const value = joinedValue ?? argv[i + 1]
    if (value === undefined) throw new Error(`untranslated kaniko flag ${word}`)
    if (joinedValue === undefined) i++
    if (flag === '--context') context = mapPath(value)
    else if (flag === '--dockerfile') budArgs.push('--file', mapPath(value))
    else if (flag === '--destination') destinations.push(value)
    else if (SAME_FLAGS.has(flag)) {
      budArgs.push(flag, value)
      if (flag === '--build-arg' && !value.includes('=')) env[value] = jobEnv[value] ?? ''
    } else if (flag in DROPPED_FLAGS) dropped.push(`${flag} ${value}: ${DROPPED_FLAGS[flag]}`)
    else throw new Error(`untranslated kaniko flag ${word}`)
  }
  if (context === undefined) throw new Error('kaniko argv without --context')
  const localName = destinations[0]
  if (localName === undefined) throw new Error('kaniko argv without --destination')
  return { budArgs: [...budArgs, '--tag', localName, context], localName, destinations, env, dropped }
}

export interface ManifestToolPush {
  readonly credentials:
    | { readonly username: string; readonly password: string }
    | { readonly dockerCfg: string }
  readonly platforms: Platform[]
  readonly template: string
  readonly target: string
}

/** One `manifest-tool [auth] push from-args --platforms … --template … --target …` call. */
export function readManifestToolPush(argv: readonly string[]): ManifestToolPush {
  const one = (flag: string) => {
    const values = valuesOf(argv, flag)
    if (values.length !== 1) throw new Error(`manifest-tool argv needs one ${flag}: ${JSON.stringify(argv)}`)
    return values[0] as string
  }
  const dockerCfg = valuesOf(argv, '--docker-cfg')[0]
  const credentials =
    dockerCfg === undefined ? { username: one('--username'), password: one('--password') } : { dockerCfg }
  const platforms = one('--platforms')
    .split(',')
    .map((p) => {
      if (!(PLATFORMS as readonly string[]).includes(p)) throw new Error(`unknown platform ${p}`)
      return p as Platform
    })
  return { credentials, platforms, template: one('--template'), target: one('--target') }
}

/**
 * `--flag=value` as `[--flag, value]`: the generator joins a value starting with `-` to its flag, so
 * kaniko cannot read it as an option of its own. Any other word is `[word, undefined]`.
 */
function splitJoinedFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=')
  if (!arg.startsWith('--') || equals < 0) return [arg, undefined]
  return [arg.slice(0, equals), arg.slice(equals + 1)]
}

function valuesOf(argv: readonly string[], flag: string): string[] {
  const values: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const [name, joinedValue] = splitJoinedFlag(argv[i] ?? '')
    if (name !== flag) continue
    const value = joinedValue ?? argv[i + 1]
    if (value === undefined) continue
    values.push(value)
    if (joinedValue === undefined) i++
  }
  return values
}
