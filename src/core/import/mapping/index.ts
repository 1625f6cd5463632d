import { Lexer } from 'yaml'
import { EXECUTOR_FAMILIES } from '../../catalog/executors.ts'
import { imageView } from '../../config/image-view.ts'
import { type Config, type DestinationWhen, type Image, parseConfig } from '../../config/index.ts'
import { parseConfigOrThrow } from '../../config/parse.ts'
import { OUTPUT_FILE_FIELDS } from '../../generate/artifacts.ts'
import { googleCredentialsLines, kanikoAuthEntries } from '../../generate/auth.ts'
import { OCI_LABELS } from '../../generate/executor-args.ts'
import type { ImportedJob } from '../job.ts'
import type { ExecutorRun } from '../kaniko/argv.ts'
import { allCommands, programName } from '../kaniko/commands.ts'
import { because } from '../reasons.ts'
import { wordText } from '../shell/words.ts'
import type { JobVariable, Origin, Unmapped } from '../types.ts'
import { caPathsOnlyBuildsTrust } from './companion-cas.ts'
import { groupDestinations, type RunSettings, readRunSettings } from './flags.ts'
import { layoutCell, substituteSettings } from './matrix-cells.ts'
import { mapMultiArch } from './multi-arch.ts'
import {
  destinationHost,
  mapCertificates,
  mapRegistries,
  registryCertificateKey,
  STRIPPED_PREFIX,
} from './registries.ts'
import { mapRelease } from './release.ts'
import { artifactsSpelling, digestArtifacts, jobSettings, mapProxy, unreadKeys } from './settings.ts'
import { destinationWhen, type JobTriggers, mapTriggers, triggersForWhens } from './triggers.ts'
import { gitlabValueText, Notes, soleVariable, wordVariables } from './values.ts'

export interface MappedConfig {
  /** The v2 config that reproduces the build jobs; null when the file has none. */
  readonly config: Config | null
  /** What the config cannot hold, each with its YAML path and a reason. */
  readonly unmapped: readonly Unmapped[]
  /** What the config holds in another form than the original (a fix, a spelling, a merge). */
  readonly changed: readonly Unmapped[]
  /** Per config image, the job it reproduces and what the report says the config does not hold. */
  readonly imageSources: readonly ImageSource[]
}

/** Where a config image came from, as the lint of the mapped config needs it (restated.ts). */
export interface ImageSource {
  /** The original build job it reproduces (the first, when several jobs became one image). */
  readonly job: string
  /** Variables that job's scripts assign: a value using one is reported (`flag-uses-assigned`). */
  readonly scriptAssigned: readonly string[]
  /** The job runs in other pipelines than the config's triggers (reported: `triggers-differ`). */
  readonly otherTriggers: boolean
  /**
   * Its extra flags that hold a shared setting (a form field of every image) which the job sets
   * otherwise than the other jobs, as written in `extraFlags` (reported: `flag-differs`).
   */
  readonly differingFlags: readonly string[]
}

export interface MapInput {
  readonly jobs: readonly ImportedJob[]
  /** Jobs that neither build nor retag, with where they are written. */
  readonly otherJobs: readonly Origin[]
  /** The file's `stages:` list and its text (for the output options: header, stages block, comments). */
  readonly stages?: readonly string[]
  readonly text?: string
}

export interface Draft {
  readonly job: ImportedJob
  readonly run: ExecutorRun
  readonly triggers: JobTriggers
  readonly settings: RunSettings
  name: string
  whens: DestinationWhen[]
  /** Variables the job's scripts assign (the regenerated job assigns none). */
  readonly scriptAssigned: ReadonlySet<string>
  /** Set when per-platform jobs and a manifest-tool job are one multi-arch image. */
  multiArch?: Image['multiArch']
}

/** The v2 config for the kaniko work of an imported pipeline (`job`: only the build job of that name). */
export function mapToConfig(input: MapInput, options: { job?: string } = {}): MappedConfig {
  const notes = new Notes()
  for (const other of input.otherJobs) notes.notMapped(other, because('job-not-kaniko', { job: other.path }))
  let builds = input.jobs.filter((job) => job.role === 'kaniko-build')
  if (options.job !== undefined)
    builds = builds.filter((job) => job.name === options.job || job.definedAs === options.job)
  const visible = builds.filter((job) => !job.hidden)
  if (visible.length > 0) {
    for (const job of builds)
      if (job.hidden) notes.notMapped(job, because('template-not-mapped', { job: job.name }))
    builds = visible
  }
  if (builds.length === 0) {
    notes.notMapped(
      { path: '', line: 1 },
      options.job === undefined
        ? because('no-build-job')
        : because('no-build-job-named', { job: options.job }),
    )
    return { config: null, unmapped: notes.unmapped, changed: notes.changed, imageSources: [] }
  }

  const drafts = builds.flatMap((job) => draftsOf(job, notes))
  if (drafts.length === 0) {
    notes.notMapped(builds[0] as ImportedJob, because('no-run-read'))
    return { config: null, unmapped: notes.unmapped, changed: notes.changed, imageSources: [] }
  }
  const companions = input.jobs.filter(
    (job) => job.role === 'companion' && (options.job === undefined || job.name === options.job),
  )
  const multiArch = mapMultiArch(mergeByTrigger(drafts, notes), companions, notes)
  const merged = multiArch.drafts
  const config = defaultConfig()
  const first = merged[0] as Draft

  // Pipeline: stage, triggers, layout, job settings.
  config.pipeline.stage = first.job.stage ?? 'test'
  for (const draft of merged.slice(1)) {
    if ((draft.job.stage ?? 'test') !== config.pipeline.stage)
      notes.notMapped(
        draft.job.origins.stage ?? draft.job,
        because('stage-differs', { job: draft.job.name, first: first.job.name }),
      )
  }
  const triggers = first.triggers.triggers
  config.pipeline.triggers = {
    on: first.whens.length ? triggersForWhens(first.whens) : [...triggers.on],
    tagPattern: triggers.tagPattern,
    branches: [...triggers.branches],
    schedules: triggers.schedules,
    manual: triggers.manual,
  }
  const otherTriggers = new Set<Draft>()
  for (const draft of merged.slice(1)) {
    if (JSON.stringify(draft.triggers.triggers) !== JSON.stringify(triggers)) otherTriggers.add(draft)
    if (otherTriggers.has(draft))
      notes.notMapped(
        draft.job.origins.rules ?? draft.job.origins.only ?? draft.job,
        because('triggers-differ', { job: draft.job.name, first: first.job.name }),
      )
  }
  // One image in separate jobs is what `auto` gives too (and what a generated pipeline reads back as).
  config.pipeline.layout = builds.some((job) => job.matrix)
    ? 'matrix'
    : builds.some((job) => job.extends.length > 0)
      ? 'extends'
      : merged.length === 1
        ? 'auto'
        : 'jobs'
  // The template every build job extends keeps its name (`pipeline.templateName`).
  const templates = new Set(builds.map((job) => (job.extends.length === 1 ? job.extends[0] : '')))
  const [template] = templates
  if (templates.size === 1 && template?.startsWith('.')) config.pipeline.templateName = template
  // The `matrix` layout names its job after the template, without the dot.
  const matrixJobs = new Set(builds.map((job) => (layoutCell(job) ? job.definedAs : '')))
  const [matrixJob] = matrixJobs
  if (matrixJobs.size === 1 && matrixJob) config.pipeline.templateName = `.${matrixJob}`
  const settings = jobSettings(first.job, notes)
  for (const draft of merged.slice(1)) {
    if (
      draft.job !== first.job &&
      JSON.stringify(jobSettings(draft.job, new Notes())) !== JSON.stringify(settings)
    )
      notes.notMapped(draft.job, because('settings-differ', { job: draft.job.name, first: first.job.name }))
  }
  for (const job of new Set(merged.map((d) => d.job))) unreadKeys(job, notes)

  // Executor image.
  config.executor = mapExecutor(first.job, notes)
  for (const draft of merged.slice(1)) {
    if (draft.job.image?.name !== first.job.image?.name)
      notes.notMapped(
        draft.job.image ?? draft.job,
        because('executor-image-differs', { job: draft.job.name, image: draft.job.image?.name ?? '' }),
      )
  }

  // Proxy, registries, certificates.
  const { proxy, variables: proxyVariables, buildArgs: proxyBuildArgs } = mapProxy(builds, notes)
  config.proxy = proxy
  const buildArgs = new Map(
    merged.flatMap((d) => d.settings.image.buildArgs.map((a) => [a.name, a] as const)),
  )
  const hosts = merged.flatMap((d) =>
    d.settings.image.destinations.flatMap((dest) => destinationHost(dest.text) ?? []),
  )
  config.registries = mapRegistries(builds, hosts, buildArgs, notes)
  // DOCKER_AUTH_CONFIG copied as it is logs in to no Dependency Proxy; its port-stripped prefix
  // build argument still tells it (a value of the user's own would be written with `\${`).
  const strippedPrefix = buildArgs.get('CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX')
  const proxyWithoutLogin =
    config.registries.dockerAuthConfig.source !== 'none' &&
    !config.registries.dependencyProxy.enabled &&
    strippedPrefix?.value === STRIPPED_PREFIX &&
    !strippedPrefix.fromEnvironment
  if (proxyWithoutLogin)
    config.registries.dependencyProxy = { enabled: true, stripPort: true, prefixBuildArg: true }
  // A job's `--registry-certificate`s are its first run's (each CA of the job takes one).
  const { certificates, usedRegistryCertificates } = mapCertificates(
    builds,
    (job) => drafts.find((d) => d.job === job)?.settings.registryCertificates ?? [],
    notes,
  )
  config.certificates = certificates

  // Shared flag settings: equal in every image, or extra flags of the images that set them.
  const keys = new Set(merged.flatMap((d) => [...d.settings.shared.keys()]))
  const ownCache = new Map<Draft, string>()
  const differingFlags = new Map<Draft, string[]>()
  for (const key of keys) {
    const values = merged.map((d) => JSON.stringify(d.settings.shared.get(key)?.value ?? null))
    const same = values.every((v) => v === values[0])
    const setting = merged.find((d) => d.settings.shared.has(key))?.settings.shared.get(key)
    if (same && setting) {
      setPath(config, key, setting.value)
      continue
    }
    for (const draft of merged) {
      const own = draft.settings.shared.get(key)
      if (!own) continue
      if (key === 'cache.repository') ownCache.set(draft, String(own.value))
      else {
        draft.settings.image.extraFlags.push(...own.asExtraFlags)
        differingFlags.set(draft, [...(differingFlags.get(draft) ?? []), ...own.asExtraFlags])
        notes.change(own.origin, because('flag-differs', { flag: own.written, image: draft.name }))
      }
    }
  }

  // `--cache` without `--cache-repo`: kaniko infers `<destination>/cache`, and so does the config
  // (KC402). Beside images with one of their own, an image without one has the pipeline's: that one.
  const withoutCacheRepo = merged.some((d) => !d.settings.shared.has('cache.repository'))
  if (config.cache.enabled && withoutCacheRepo) config.cache.repository = ''

  // Images.
  const sharedVariables = sharedOf(merged.map((d) => ownVariables(d.job, proxyVariables)))
  const needs = merged.map((d) => JSON.stringify(d.job.needs))
  const sameNeeds = needs.every((n) => n === needs[0])
  config.pipeline.job = {
    ...config.pipeline.job,
    ...settings,
    needs: sameNeeds ? (first.job.needs ? [...new Set(first.job.needs)] : null) : null,
    variables: sharedVariables,
  }
  const names = new Set<string>()
  config.images = merged.map((draft): Image => {
    const own = draft.settings.image
    let name = draft.name
    for (let n = 2; names.has(name); n += 1) name = `${draft.name}-${n}`
    names.add(name)
    const context = own.context || '${CI_PROJECT_DIR}'
    if (!own.context) notes.change(draft.run, because('no-context', { context }))
    const dockerfile = own.dockerfile || `${context}/Dockerfile`
    if (!own.dockerfile) notes.change(draft.run, because('no-dockerfile', { dockerfile }))
    const buildArgs = own.buildArgs.filter(
      (arg) =>
        !proxyBuildArgs.has(arg.name) &&
        !(
          config.registries.dependencyProxy.prefixBuildArg &&
          config.registries.dependencyProxy.enabled &&
          arg.name === 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'
        ),
    )
    const whens = draft.whens.length ? draft.whens : own.destinations.map(() => 'always' as const)
    const destinations = groupDestinations(
      // A destination the script pushes only in some pipelines keeps its own `when`.
      own.destinations.map((d, i) => ({
        text: d.text,
        when: d.when !== 'always' ? d.when : (whens[i] ?? 'always'),
        ...(d.slot ? { slot: d.slot } : {}),
      })),
    )
    const extraFlags = [...own.extraFlags]
    for (const certificate of draft.settings.registryCertificates) {
      if (usedRegistryCertificates.has(registryCertificateKey(certificate))) continue
      if (certificate.onlyWhenSet === null) extraFlags.push(certificate.flag)
      else
        notes.notMapped(
          certificate.origin,
          because('flag-only-when-set', {
            flag: `\`--registry-certificate ${certificate.host}=${certificate.path}\``,
            variable: certificate.onlyWhenSet,
          }),
        )
    }
    const variables = [
      ...ownVariables(draft.job, proxyVariables).filter(
        (v) => !sharedVariables.some((s) => s.name === v.name),
      ),
      ...draft.job.variables
        // The `matrix` layout's KC_ variables are the image's own values, written in above.
        .filter((v) => v.source === 'matrix' && !layoutCell(draft.job))
        .map((v) => ({ name: v.name, value: gitlabValueText(v.value) })),
    ]
    // All six OCI labels from predefined variables are what `ociLabels` writes.
    const oci = OCI_LABELS.every(([key, value]) => own.labels.some((l) => l.key === key && l.value === value))
    const labels = oci
      ? own.labels.filter((l) => !OCI_LABELS.some(([key, value]) => l.key === key && l.value === value))
      : own.labels
    return {
      ...defaultConfig().images[0],
      name,
      context,
      dockerfile,
      target: own.target,
      buildArgs,
      labels,
      ociLabels: oci,
      skipUnusedStages: own.skipUnusedStages,
      destinations: destinations.length ? destinations : (defaultConfig().images[0]?.destinations ?? []),
      ...(draft.multiArch ? { multiArch: draft.multiArch } : {}),
      runnerTags: draft.multiArch
        ? []
        : draft.job.tags.map((tag) => layoutCell(draft.job)?.substitute(tag) ?? tag),
      extraFlags,
      extraArgsVariable: own.extraArgsVariable,
      // An image whose cache is the shared one has none of its own (the config's canonical form).
      cacheRepository: ownCache.get(draft) === config.cache.repository ? '' : (ownCache.get(draft) ?? ''),
      changes: draft.triggers.changes,
      changesCompareTo: draft.triggers.changesCompareTo,
      exists: draft.triggers.exists,
      needs: sameNeeds ? null : draft.job.needs ? [...new Set(draft.job.needs)] : null,
      variables,
    } as Image
  })
  merged.forEach((draft, i) => {
    if (draft.settings.image.destinations.length === 0 && !config.advanced.noPush && !config.advanced.tarPath)
      notes.notMapped(draft.run, because('no-destination', { image: config.images[i]?.name ?? '' }))
  })

  const artifacts = digestArtifacts(first.job)
  if (artifacts) config.advanced.artifactsExpireIn = artifacts.expireIn
  for (const field of OUTPUT_FILE_FIELDS)
    config.advanced[field] = artifactsSpelling(first.job, config.advanced[field])

  // Output options, as the original is written: a kanikoconfig header, a stages block, comments.
  if (input.text !== undefined) {
    const lines = input.text.split('\n').map((line) => line.trim())
    const header = lines[0]?.startsWith('# Generated by kanikoconfig') === true
    // YAML's comments only: a line of a block scalar or quoted text that starts with `#` is text.
    const comments = [...new Lexer().lex(input.text)].filter((token) => token.startsWith('#'))
    config.output = {
      header,
      stagesBlock: (input.stages?.length ?? 0) > 0,
      // Without a header, the first line may be a job's comment already.
      comments: comments.length > (header ? 1 : 0),
    }
  }

  // Retag companions.
  const retag = mapRelease(
    companions.filter((job) => !multiArch.consumed.has(job)),
    config.release,
    config.pipeline.triggers,
    notes,
  )
  config.release = retag.release
  config.registries.dockerAuthConfig.merge =
    !proxyWithoutLogin &&
    mergesDockerAuthConfig(
      companions.filter((job) => multiArch.consumed.has(job) || job.name === config.release.jobName),
    )
  // The companions the config writes tell a File variable's CA from a path that is one variable.
  caPathsOnlyBuildsTrust(
    config.certificates,
    builds,
    companions.filter(
      (job) => multiArch.consumed.has(job) || (config.release.enabled && job.name === config.release.jobName),
    ),
    defaultConfig().certificates.fileVariable,
  )
  config.pipeline.triggers = { ...config.pipeline.triggers, tagPattern: retag.tagPattern }
  if (!addsToDockerAuthConfig(config)) copiedAsItIs(notes)
  // The simpler config where `auto` writes the GitLab entry too (a kaniko without the helper).
  if (config.registries.gitlabAuth === 'config-json' && writesGitlabEntry(withGitlabAuto(config)))
    config.registries.gitlabAuth = 'auto'
  reportEnvironmentLost(builds, config, notes)
  const imageSources = merged.map((draft) => ({
    job: draft.job.name,
    scriptAssigned: [...draft.scriptAssigned],
    otherTriggers: otherTriggers.has(draft),
    differingFlags: differingFlags.get(draft) ?? [],
  }))
  return {
    config: validated(config, notes, first.job),
    unmapped: notes.unmapped,
    changed: notes.changed,
    imageSources,
  }
}

/**
 * What the build scripts put in the executor's environment and the config does not: listed, once per
 * job and name. The gcr registry's key is the one the generator exports; a name the run's flags use
 * is listed already (`flag-uses-assigned`).
 */
/** What the executor image's environment holds already: exporting it again changes nothing. */
const EXECUTOR_ENVIRONMENT: Readonly<Record<string, string>> = { DOCKER_CONFIG: '/kaniko/.docker' }

function reportEnvironmentLost(builds: readonly ImportedJob[], config: Config, notes: Notes): void {
  // What the regenerated build jobs export themselves, as the generator decides it.
  const written = new Set(
    googleCredentialsLines(imageView(config, 0)).length > 0 ? ['GOOGLE_APPLICATION_CREDENTIALS'] : [],
  )
  for (const job of builds) {
    const inFlags = new Set(
      job.runs.flatMap((run) => run.flags.flatMap((flag) => (flag.value ? wordVariables(flag.value) : []))),
    )
    const listed = new Set<string>()
    for (const entry of job.exported) {
      if (EXECUTOR_ENVIRONMENT[entry.name] === entry.value) continue
      if (written.has(entry.name) || inFlags.has(entry.name) || listed.has(entry.name)) continue
      listed.add(entry.name)
      notes.notMapped(entry, because('script-environment-lost', { name: entry.name }))
    }
  }
}

/** The pipelines of triggers in words: `branch`, `` `main`, `release` `` for named branches, `every`. */
function pipelineKinds(triggers: Config['pipeline']['triggers']): string {
  if (triggers.on.length === 0) return 'every'
  return triggers.on
    .map((kind) =>
      kind === 'named-branches' ? triggers.branches.map((branch) => `\`${branch}\``).join(', ') : kind,
    )
    .join(', ')
}

/** The build jobs write entries of the config into DOCKER_AUTH_CONFIG's config.json (merge, and any to merge). */
function addsToDockerAuthConfig(config: Config): boolean {
  return config.registries.dockerAuthConfig.merge && kanikoAuthEntries(imageView(config, 0)).length > 0
}

function withGitlabAuto(config: Config): Config {
  return { ...config, registries: { ...config.registries, gitlabAuth: 'auto' } }
}

/** The build jobs' config.json holds the GitLab registry entry (with any other entry, unless `helper`). */
function writesGitlabEntry(config: Config): boolean {
  return config.registries.gitlabAuth !== 'helper' && kanikoAuthEntries(imageView(config, 0)).length > 0
}

/** With nothing of the config added, the build jobs copy DOCKER_AUTH_CONFIG as it is: say so. */
function copiedAsItIs(notes: Notes): void {
  notes.changed.forEach((entry, index) => {
    if (entry.code !== 'auth-variable-merged') return
    const from = String(entry.params.from)
    notes.changed[index] = {
      path: entry.path,
      line: entry.line,
      ...because('auth-variable-copied', { from }),
    }
  })
}

/**
 * DOCKER_AUTH_CONFIG merged with our entries, or copied as it is: the manifest and release jobs
 * always have an entry to merge (manifest-tool and crane have no GitLab helper), so one that copies
 * it as it is tells `merge: false`. The build jobs may have nothing to merge and copy it either way.
 */
function mergesDockerAuthConfig(companions: readonly ImportedJob[]): boolean {
  const copies = companions.flatMap((job) => job.authWrites.filter((write) => write.merged !== undefined))
  return !copies.some((write) => write.merged === false)
}

/** The executor runs of a job that become images, each with its settings. */
function draftsOf(job: ImportedJob, notes: Notes): Draft[] {
  const asMeant = job.runs.every((run) => run.flags.length === 0) && job.intendedRuns.length > 0
  const runs = asMeant ? job.intendedRuns : job.runs
  if (asMeant) notes.change(job, because('read-as-meant', { job: job.name }))
  const unconditional = runs.filter((run) => !run.conditional)
  const chosen = unconditional.length > 0 ? unconditional : runs.slice(-1)
  for (const run of runs)
    if (!chosen.includes(run))
      notes.notMapped(
        run,
        because(unconditional.length ? 'run-not-mapped-unconditional' : 'run-not-mapped-last', {
          job: job.name,
        }),
      )
  const triggers = mapTriggers(job, notes)
  const scriptAssigned = new Set<string>()
  for (const script of job.scripts) {
    for (const command of allCommands(script.commands)) {
      for (const assignment of command.assignments) scriptAssigned.add(assignment.name)
      if (programName(command) === 'export' || programName(command) === 'read')
        for (const word of command.words.slice(1)) scriptAssigned.add(wordText(word).split('=')[0] ?? '')
    }
  }
  const baseName = job.hidden ? job.definedAs.slice(1) : job.definedAs
  const cell = layoutCell(job)
  const name = cell ? cell.name : job.matrix ? `${baseName}-${Object.values(job.matrix).join('-')}` : baseName
  return chosen.map((run) => {
    // The variable that carries the most flags stays free-form (`$KANIKO_ARGS`); the others are listed.
    const count = (variable: string) => run.flags.filter((f) => f.source?.variable === variable).length
    // One inside `${X:+…}` is passed only when X is set: its flags are listed (flags.ts).
    const free = run.freeForm
      .filter((f) => /^[A-Za-z_]\w*$/.test(f.variable) && !f.onlyWhenSet)
      .sort((a, b) => count(b.variable) - count(a.variable))[0]
    const extraArgsVariable = free?.variable ?? ''
    if (free && scriptAssigned.has(free.variable))
      notes.notMapped(free.origin, because('script-assigns-free-form', { variable: free.variable }))
    return {
      job,
      run,
      triggers,
      settings: cell
        ? substituteSettings(readRunSettings(run, { scriptAssigned, extraArgsVariable, notes }), cell)
        : readRunSettings(run, { scriptAssigned, extraArgsVariable, notes }),
      name,
      whens: [],
      scriptAssigned,
    }
  })
}

/**
 * Jobs that build the same image in different pipelines (`build`, `build-master`, `build-tag`) become
 * one image whose destinations are pushed `when` each job ran.
 */
function mergeByTrigger(drafts: Draft[], notes: Notes): Draft[] {
  if (drafts.length < 2) return drafts
  const signature = (d: Draft) =>
    JSON.stringify([
      { ...d.settings.image, destinations: [] },
      [...d.settings.shared.values()].map((s) => [s.key, s.value]),
      d.job.stage,
      d.job.image?.name,
      d.job.tags,
      d.job.variables.map((v) => [v.name, v.value]),
    ])
  const whens = drafts.map((d) => destinationWhen(d.triggers))
  const sameBuild = drafts.every((d) => signature(d) === signature(drafts[0] as Draft))
  const triggersDiffer = new Set(drafts.map((d) => JSON.stringify(d.triggers.triggers))).size > 1
  if (!sameBuild || !triggersDiffer || whens.some((w) => w === null)) return drafts
  const [first, ...rest] = drafts as [Draft, ...Draft[]]
  const destinations: RunSettings['image']['destinations'] = []
  const merged: DestinationWhen[] = []
  drafts.forEach((draft, i) => {
    const when = whens[i]?.when ?? 'always'
    if (whens[i]?.approximate)
      notes.change(
        draft.job,
        because('destinations-when', {
          job: draft.job.name,
          pipelines: pipelineKinds(draft.triggers.triggers),
          when,
        }),
      )
    for (const destination of draft.settings.image.destinations) {
      destinations.push(destination)
      merged.push(when)
    }
  })
  for (const draft of rest)
    notes.change(draft.job, because('merged-into', { job: draft.job.name, into: first.name }))
  first.settings.image.destinations = destinations
  return [
    {
      ...first,
      whens: merged,
      triggers: { ...first.triggers, triggers: { ...first.triggers.triggers, on: triggersForWhens(merged) } },
    },
  ]
}

function mapExecutor(job: ImportedJob, notes: Notes): Config['executor'] {
  const executor = defaultConfig().executor
  const image = job.image
  if (!image) {
    notes.notMapped(job, because('no-image', { job: job.name }))
    return executor
  }
  // GitLab Runner expands `image:` as it expands variables (`$$` is a dollar).
  const reference = image.resolved ?? gitlabValueText(image.name)
  if (image.resolved !== null && image.resolved !== gitlabValueText(image.name))
    notes.change(image, because('executor-image-resolved', { image: image.name, resolved: image.resolved }))
  if (image.entrypoint === null) notes.change(image, because('entrypoint-added'))
  for (const family of Object.values(EXECUTOR_FAMILIES)) {
    if (!reference.startsWith(`${family.repository}:`)) continue
    const tag = reference.slice(family.repository.length + 1)
    if (/^[\w][\w.-]{0,127}$/.test(tag)) return { ...executor, source: family.source, tag, customImage: '' }
    // `…/executor:${KANIKO_TAG}`: the tag is a variable's (executor.tagVariable).
    const tagVariable = soleVariable(tag)
    if (tagVariable) return { ...executor, source: family.source, tagVariable, customImage: '' }
  }
  // `$X` in a reference is config text as it is (GitLab expands it); `$(…)` and the like are literal.
  if (/\s/.test(reference)) {
    notes.notMapped(image, because('executor-image-variable', { image: reference }))
    return executor
  }
  return { ...executor, source: 'custom', customImage: reference }
}

/** A job's own variables as the config's `{ name, value }` (matrix and proxy variables go elsewhere). */
function ownVariables(
  job: ImportedJob,
  proxyVariables: ReadonlySet<string>,
): { name: string; value: string }[] {
  return job.variables
    .filter((v: JobVariable) => v.source !== 'matrix' && !proxyVariables.has(v.name))
    .map((v) => ({ name: v.name, value: gitlabValueText(v.value) }))
}

/**
 * The variables every image starts with, in the same order and with the same value: a build job
 * lists the pipeline's variables first, then the image's, so only a common start is the pipeline's.
 */
function sharedOf(lists: readonly { name: string; value: string }[][]): { name: string; value: string }[] {
  const [first = [], ...rest] = lists
  const at = first.findIndex((v, i) =>
    rest.some((list) => list[i]?.name !== v.name || list[i]?.value !== v.value),
  )
  return at < 0 ? first : first.slice(0, at)
}

/** Every default, with one default image (written out: a config always has at least one). */
function defaultConfig(): Config {
  return parseConfigOrThrow({ version: 2, images: [{}] })
}

function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target as Record<string, unknown>
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys.at(-1) as string] = value
}

/** Validates with parseConfig; a value the schema refuses is listed and goes back to its default. */
function validated(config: Config, notes: Notes, origin: Origin): Config | null {
  let candidate: unknown = config
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const result = parseConfig(candidate)
    if (result.ok) return result.config
    const next = structuredClone(candidate) as Record<string, unknown>
    for (const issue of result.issues) {
      notes.notMapped(
        origin,
        because('config-value-refused', { field: issue.path || '(whole)', message: issue.message }),
      )
      resetPath(next, issue.path)
    }
    candidate = next
  }
  return null
}

/** Removes the value at `images[0].runnerTags[1]`-style path (so its default applies). */
function resetPath(target: Record<string, unknown>, path: string): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '')
  let node: unknown = target
  for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)?.[key]
  const last = keys.at(-1)
  if (node === null || typeof node !== 'object' || last === undefined) return
  if (Array.isArray(node)) node.splice(Number(last), 1)
  else delete (node as Record<string, unknown>)[last]
}
