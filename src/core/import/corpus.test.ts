import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ImportCode, type ImportedPipeline, importPipeline, type ShellParser } from './index.ts'
import type { ExecutorRun } from './kaniko/argv.ts'
import { loadShellParser } from './shell/parser.ts'
import { wordText } from './shell/words.ts'

/**
 * The twelve real pipelines of fixtures/corpus (copied with their source headers from the team's
 * corpus). The expectations below are fixtures/corpus/README.md, file by file: every flag and
 * destination it lists must be in the extracted argv, and every defect that only hand-written YAML
 * can have must come back as a finding or an unmapped entry.
 */
const CORPUS = new URL('./fixtures/corpus/', import.meta.url)

/** A flag as the README lists it: spelling, and the start of its value when the README gives one. */
type FlagExpectation = readonly [spelledAs: string, valuePrefix?: string]

interface Defect {
  readonly what: string
  readonly finding?: ImportCode
  /** How many findings of that code (one per job or line). */
  readonly count?: number
  readonly unmapped?: string
}

interface Expectation {
  readonly jobs: readonly string[]
  readonly flags: readonly FlagExpectation[]
  readonly destinations: readonly string[]
  /** Free-form arguments from a variable the README lists (`$KANIKO_ARGS`). */
  readonly freeForm?: readonly string[]
  readonly authHosts?: readonly string[]
  readonly companions?: readonly string[]
  readonly defects: readonly Defect[]
  /** Findings that must not appear (a harmless construct the README calls out). */
  readonly absent?: readonly ImportCode[]
}

const EXPECTATIONS: Record<string, Expectation> = {
  '01-cloudflare-cname-switcher-multiregistry.yml': {
    jobs: ['gitlab-ci', 'docker-hub', 'github-ghcr'],
    flags: [
      ['--context', '$CI_PROJECT_DIR'],
      ['--dockerfile', '$CI_PROJECT_DIR/Dockerfile'],
      ['--destination'],
    ],
    destinations: [
      '$CI_REGISTRY_IMAGE/cloudflare-cname-switcher:v2',
      '$CI_REGISTRY_IMAGE/cloudflare-cname-switcher:latest',
      '$DHUB_REGISTRY_IMAGE/cloudflare-cname-switcher:v2',
      '$DHUB_REGISTRY_IMAGE/cloudflare-cname-switcher:latest',
      '$GHCR_REGISTRY_IMAGE/cloudflare-cname-switcher:v2',
      '$GHCR_REGISTRY_IMAGE/cloudflare-cname-switcher:latest',
    ],
    authHosts: ['$CI_REGISTRY', '$DHUB_REGISTRY', '$GHCR_REGISTRY'],
    defects: [{ what: 'floating :debug in all 3 jobs', finding: 'IMP105', count: 3 }],
  },
  '03-devhouse-archive-autodevops-style.yml': {
    jobs: ['build'],
    flags: [
      ['--context', '$CI_PROJECT_DIR'],
      ['--dockerfile', '$CI_PROJECT_DIR/Dockerfile'],
      ['--destination'],
      ['--cache', 'true'],
    ],
    destinations: ['$CI_APPLICATION_REPOSITORY:$CI_APPLICATION_TAG'],
    authHosts: ['$CI_REGISTRY'],
    defects: [{ what: 'floating :debug', finding: 'IMP105' }],
  },
  '06-rust-webhook-transformer-parallel-matrix-registries.yml': {
    jobs: ['build_common: [github-ghcr]', 'build_common: [gitlab-ci]'],
    flags: [['--cleanup'], ['--context', '$CI_PROJECT_DIR'], ['--destination']],
    destinations: ['$REGISTRY_TARGET:latest'],
    // Pinned old version and missing rules are config-level (the diagnostics' job once mapped).
    defects: [],
  },
  '08-gitlab-official-kaniko-template.yml': {
    jobs: ['kaniko-build'],
    flags: [['--context', '$KANIKO_BUILD_CONTEXT'], ['--dockerfile', '$DOCKERFILE_PATH'], ['--destination']],
    destinations: ['$CI_REGISTRY_IMAGE:$VERSION'],
    freeForm: ['KANIKO_ARGS'],
    defects: [
      { what: 'floating :debug', finding: 'IMP105' },
      { what: '$KANIKO_ARGS is word-split', unmapped: 'free-form arguments from a variable: KANIKO_ARGS' },
    ],
  },
  '10-pomverte-dockerhub-heredoc-template.yml': {
    jobs: ['build', 'build-master', 'build-tag'],
    flags: [
      ['--context', '${CI_PROJECT_DIR}'],
      ['--dockerfile', '${CI_PROJECT_DIR}/Dockerfile'],
      ['--build-arg', 'BUILD_DATE=$(date --utc'],
      ['--build-arg', 'VCS_REF=${CI_COMMIT_SHA}'],
      ['--destination'],
    ],
    destinations: [
      '${DOCKERHUB_USER}/${DOCKER_IMAGE}:${CI_COMMIT_REF_SLUG}',
      '${DOCKERHUB_USER}/${DOCKER_IMAGE}:${CI_COMMIT_SHORT_SHA}',
      '${DOCKERHUB_USER}/${DOCKER_IMAGE}:latest',
      '${DOCKERHUB_USER}/${DOCKER_IMAGE}:${CI_COMMIT_TAG}',
    ],
    authHosts: ['https://index.docker.io/v1/'],
    defects: [{ what: 'floating :debug in all 3 jobs', finding: 'IMP105', count: 3 }],
  },
  '12-chesapeake-ca-cert-docker-auth-config-exists-check.yml': {
    jobs: ['kaniko_publish'],
    flags: [
      ['--context', '$DOCKER_DIRECTORY'],
      ['--dockerfile', '$DOCKERFILE'],
      ['--destination'],
      ['--no-push'],
    ],
    destinations: [
      '$DOCKER_REPO_HOSTNAME/$DOCKER_REPO_NAME/$APP_NAME:latest',
      '$DOCKER_REPO_HOSTNAME/$DOCKER_REPO_NAME/$APP_NAME:$VERSION',
    ],
    authHosts: ['$DOCKER_REPO_HOSTNAME'],
    defects: [
      { what: 'floating :debug', finding: 'IMP105' },
      {
        what: ':latest pushed before the exists check; the probe decides the job',
        unmapped: 'executor run inside if',
      },
      { what: 'cd $DOCKER_DIRECTORY then a relative --context', unmapped: 'changes the working directory' },
      {
        what: "the probe's Dockerfile is written into the context",
        unmapped: 'writes the file `$dockerfile_to_test_if_image_tag_exists`',
      },
    ],
  },
  '15-element-hq-multiarch-manifest-tool.yml': {
    jobs: ['.build-image-kaniko', '.build-multiarch-manifest'],
    flags: [
      ['--ignore-path', '/workspace'],
      ['--context', '${DOCKER_BUILD_PATH}'],
      ['--dockerfile', '${DOCKER_FILE_PATH}'],
      ['--destination'],
      ['--image-name-with-digest-file', './image-name-digest'],
      ['--build-arg', 'TARGETPLATFORM=linux/${BUILD_ARCH}'],
      ['--build-arg', 'BASE_IMAGE_TAG=${VERSION}'],
      ['--cache', 'true'],
      ['--compressed-caching', 'false'],
    ],
    destinations: ['${DOCKER_IMAGE_NAME}:${VERSION}-${BUILD_ARCH}'],
    freeForm: ['KANIKO_EXTRA_ARGS'],
    authHosts: ['${CI_REGISTRY}'],
    companions: ['manifest-tool push from-args'],
    defects: [
      { what: 'floating :debug', finding: 'IMP105' },
      { what: '--password on argv (twice)', finding: 'IMP110', count: 2 },
      { what: 'manifest-tool fetched with curl, no checksum', unmapped: 'command `curl`' },
    ],
  },
  '18-photoapp-http-proxy-inline-ca-insecure-mirror.yml': {
    jobs: ['build_photographer'],
    flags: [
      ['--context'],
      ['--dockerfile'],
      ['--destination'],
      ['--build-arg', 'HTTP_PROXY='],
      ['--build-arg', 'HTTPS_PROXY='],
      ['--skip-tls-verify'],
      ['--insecure'],
      ['--insecure-registry', '--insecure-pull'],
      ['--registry-mirror', 'registry.cloud.rennes.enst-bretagne.fr:5000'],
    ],
    destinations: ['${CI_REGISTRY_IMAGE}/photographer:${CI_COMMIT_SHORT_SHA}'],
    authHosts: ['${CI_REGISTRY}'],
    defects: [
      { what: '--insecure-registry swallows --insecure-pull', finding: 'IMP103' },
      { what: 'floating :debug', finding: 'IMP105' },
    ],
    // The `# Again …` line of the `>-` scalar is a comment line of its own: harmless.
    absent: ['IMP101', 'IMP111'],
  },
  '22-r2devops-hub-docker-build-snapshotmode-newrun.yml': {
    jobs: ['docker_build'],
    flags: [
      ['--context', '${DOCKER_CONTEXT_PATH}'],
      ['--dockerfile', '${DOCKER_CONTEXT_PATH}/${DOCKERFILE_PATH}'],
      ['--destination'],
      ['--verbosity', '${DOCKER_VERBOSITY}'],
      ['--snapshotMode', '${DOCKER_SNAPSHOT_MODE}'],
      ['--use-new-run'],
      ['--cache', 'true'],
      ['--cache-ttl', '${DOCKER_CACHE_TTL}'],
      ['--no-push'],
    ],
    destinations: [
      '${CI_REGISTRY_IMAGE}:${IMAGE_TAG}',
      '${CI_REGISTRY_IMAGE}:latest',
      '${CI_REGISTRY_IMAGE}:${TAG}',
    ],
    freeForm: ['DOCKER_OPTIONS', 'CUSTOM_REGISTRIES_DESTINATIONS'],
    authHosts: ['$CI_REGISTRY'],
    defects: [
      { what: 'cp -rf $CONFIG_FILE (empty by default)', unmapped: 'config.json copied from $CONFIG_FILE' },
      { what: 'IMAGE_TAG names the executor tag too', unmapped: 'the image depends on a variable' },
      {
        what: 'destinations depend on CUSTOM_* variables',
        unmapped: 'free-form arguments from a variable: DESTINATIONS',
      },
    ],
  },
  '25-opensavvy-ci-containers-dependency-proxy-mirror.yml': {
    jobs: ['build', 'publish'],
    flags: [
      ['--context', '$path'],
      ['--dockerfile', '$path/Dockerfile'],
      ['--cache'],
      ['--registry-mirror', '$CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'],
      ['--destination'],
    ],
    destinations: ['$image_under_test'],
    authHosts: ['${CI_REGISTRY}', "$(echo -n $CI_DEPENDENCY_PROXY_SERVER | awk -F[:] '{print $1}')"],
    companions: ['crane auth login', 'crane tag'],
    defects: [
      { what: 'Dependency Proxy key without its port', finding: 'IMP113' },
      { what: 'crane auth login -p on argv', finding: 'IMP110' },
    ],
  },
  '27-devguard-component-osscontainertools-kaniko-tarpath.yml': {
    jobs: ['devguard:build_oci_image'],
    flags: [
      ['--context', '$CI_PROJECT_DIR'],
      ['--dockerfile', '$CI_PROJECT_DIR/Dockerfile'],
      ['--ignore-path', '/devguard-scanner'],
      ['--ignore-path', '/crane'],
      ['--pre-cleanup'],
      ['--cleanup'],
      ['--preserve-context'],
      ['--destination', '${INPUT_image_tag}'],
      ['--no-push'],
      ['--tarPath', '${INPUT_image_destination_path}'],
    ],
    destinations: ['${INPUT_image_tag}'],
    freeForm: ['INPUT_build_args'],
    companions: ['crane auth login', 'crane digest'],
    defects: [
      { what: '/crane auth login -p (twice)', finding: 'IMP110', count: 2 },
      {
        what: 'inputs image, image_suffix, fetch_depth, devguard_artifact_name never used',
        finding: 'IMP114',
        count: 4,
      },
      {
        what: 'build_args is a free-form flag string',
        unmapped: 'free-form arguments from a variable: INPUT_build_args',
      },
    ],
  },
  '30-usepa-webcms-ecr-credstore-cache-repo-matrix-targets.yml': {
    jobs: [
      'build:drupal: [drupal]',
      'build:drupal: [nginx]',
      'build:drupal: [drush]',
      'build:metrics',
      'build:database',
      'copy:cloudwatch',
      'copy:traefik',
    ],
    flags: [
      ['--cache'],
      ['--cache-repo', '$WEBCMS_REPO_URL/webcms-$WEBCMS_ENVIRONMENT-cache'],
      ['--skip-unused-stages'],
      ['--snapshotMode', 'redo'],
      ['--use-new-run'],
      ['--context'],
      ['--target', '$WEBCMS_TARGET'],
      ['--destination'],
    ],
    destinations: [
      '$WEBCMS_REPO_URL/webcms-$WEBCMS_ENVIRONMENT-$WEBCMS_SITE-$WEBCMS_TARGET:$WEBCMS_IMAGE_TAG',
      '$WEBCMS_REPO_URL/webcms-$WEBCMS_ENVIRONMENT-$WEBCMS_SITE-fpm-metrics:$WEBCMS_IMAGE_TAG',
      '$WEBCMS_REPO_URL/webcms-$WEBCMS_ENVIRONMENT-terraform-database:latest',
      '$WEBCMS_REPO_URL/webcms-$WEBCMS_ENVIRONMENT-aws-cloudwatch',
      '$WEBCMS_REPO_URL/webcms-$WEBCMS_ENVIRONMENT-traefik:2.4',
    ],
    freeForm: ['KANIKO_CACHE_ARGS'],
    defects: [
      // Reported once per source line: the matrix job's three cells share one script (line 117), so
      // 7 jobs give 5 reports (index.ts dedupes findings of the same code, path, line and message).
      { what: 'more-indented continuation lines break >- (7 jobs)', finding: 'IMP111', count: 5 },
      // Once: all 7 jobs inherit the image from `.kaniko` (line 71).
      { what: 'custom floating :debug', finding: 'IMP105', count: 1 },
      {
        what: 'the flags run as commands of their own',
        unmapped: '`--skip-unused-stages` runs as a command of its own',
      },
    ],
  },
}

const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.yml'))
  .sort()
const results = new Map<string, { result: ImportedPipeline; ms: number; parses: number; parseMs: number }>()
let wasmInitMs = 0

const allRuns = (result: ImportedPipeline): ExecutorRun[] =>
  result.jobs.flatMap((job) => [...job.runs, ...job.intendedRuns])

beforeAll(async () => {
  const started = performance.now()
  const parser = await loadShellParser()
  await parser('true', 'posix')
  wasmInitMs = performance.now() - started
  for (const file of files) {
    const text = readFileSync(new URL(file, CORPUS), 'utf8')
    let parses = 0
    let parseMs = 0
    // A fresh parser (no cache from earlier files) that counts the sh-syntax calls.
    const { parse, LangVariant } = await import('sh-syntax')
    const shellParser: ShellParser = async (script, dialect) => {
      parses += 1
      const begin = performance.now()
      try {
        return await parse(script, {
          variant: dialect === 'bash' ? LangVariant.LangBash : LangVariant.LangPOSIX,
          keepComments: true,
        })
      } finally {
        parseMs += performance.now() - begin
      }
    }
    const start = performance.now()
    const result = await importPipeline(text, { shellParser })
    const ms = performance.now() - start
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`)
    results.set(file, { result, ms, parses, parseMs })
  }
})

afterAll(() => {
  const rows = files.map((file) => {
    const entry = results.get(file)
    if (!entry) return `| ${file} | – |`
    const { result, ms, parses, parseMs } = entry
    const runs = result.jobs.flatMap((job) => job.runs)
    const intended = result.jobs.flatMap((job) => job.intendedRuns)
    const flags = allRuns(result).reduce((sum, run) => sum + run.flags.length, 0)
    const destinations = allRuns(result).reduce((sum, run) => sum + run.destinations.length, 0)
    const auth = result.jobs.reduce((sum, job) => sum + job.auth.length, 0)
    const builds = result.jobs.filter((job) => job.role === 'kaniko-build').length
    const companions = result.jobs.length - builds
    const codes = [...new Set(result.findings.map((finding) => finding.code))].join(' ')
    return `| ${file.slice(0, 2)} | ${builds} + ${companions} | ${runs.length}${intended.length ? ` (+${intended.length})` : ''} | ${flags} | ${destinations} | ${auth} | ${result.findings.length} (${codes}) | ${result.unmapped.length} | ${ms.toFixed(0)} (${parses} × sh-syntax: ${parseMs.toFixed(0)}) |`
  })
  console.log(
    [
      `sh-syntax first load + parse: ${wasmInitMs.toFixed(0)} ms`,
      '| file | jobs (build + companion) | executor runs (+ as meant) | flags | destinations | auth entries | findings | unmapped | ms (sh-syntax calls: ms) |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  )
})

describe('the real pipelines of fixtures/corpus', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(files).toEqual(Object.keys(EXPECTATIONS).sort())
  })

  describe.each(files)('%s', (file) => {
    const expected = EXPECTATIONS[file] as Expectation
    const get = (): ImportedPipeline => (results.get(file) as { result: ImportedPipeline }).result

    it('finds the kaniko and companion jobs', () => {
      expect(get().jobs.map((job) => job.name)).toEqual(expected.jobs)
    })

    it('keeps every listed flag in the extracted argv', () => {
      const runs = allRuns(get())
      const uses = runs.flatMap((run) =>
        run.flags.map((flag) => ({ spelled: flag.spelledAs, value: flag.value ? wordText(flag.value) : '' })),
      )
      for (const [spelled, prefix] of expected.flags) {
        const found = uses.some(
          (use) => use.spelled === spelled && (prefix === undefined || use.value.startsWith(prefix)),
        )
        expect(found, `${spelled} ${prefix ?? ''}`).toBe(true)
      }
    })

    it('keeps every listed destination', () => {
      const destinations = new Set(allRuns(get()).flatMap((run) => run.destinations.map(wordText)))
      for (const destination of expected.destinations)
        expect(destinations, destination).toContain(destination)
    })

    it('reports the free-form variables and reads auth and companions', () => {
      const result = get()
      const freeForm = new Set(allRuns(result).flatMap((run) => run.freeForm.map((free) => free.variable)))
      for (const variable of expected.freeForm ?? []) expect(freeForm, variable).toContain(variable)
      const hosts = new Set(result.jobs.flatMap((job) => job.auth.map((entry) => entry.host)))
      for (const host of expected.authHosts ?? []) expect(hosts, host).toContain(host)
      const companions = new Set(
        result.jobs.flatMap((job) => job.companions.map((c) => `${c.tool} ${c.subcommand}`)),
      )
      for (const companion of expected.companions ?? []) expect(companions, companion).toContain(companion)
    })

    it('reports each hand-written defect as a finding or an unmapped entry', () => {
      const result = get()
      for (const defect of expected.defects) {
        if (defect.finding) {
          const count = result.findings.filter((finding) => finding.code === defect.finding).length
          expect(count, defect.what).toBe(defect.count ?? 1)
        }
        if (defect.unmapped) {
          const needle = defect.unmapped
          expect(
            result.unmapped.some((entry) => entry.reason.includes(needle)),
            defect.what,
          ).toBe(true)
        }
      }
      for (const code of expected.absent ?? []) {
        expect(result.findings.map((finding) => finding.code)).not.toContain(code)
      }
    })
  })
})
