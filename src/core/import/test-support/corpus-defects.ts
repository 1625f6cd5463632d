import type { DefectOutcome } from './corpus-table.ts'
import type { Measured } from './measure.ts'

/**
 * The known defects of each corpus file (fixtures/corpus/README.md), and how the import deals with
 * each: gone from the regenerated pipeline, reported (a finding of the import or of the mapped
 * config's diagnostics, or an unmapped entry), or open (neither, with the reason).
 */
type Check =
  | { readonly finding: string }
  | { readonly unmapped: string }
  | { readonly gone: (m: Measured) => boolean; readonly how: string }
  | { readonly open: string }

export interface Defect {
  readonly what: string
  readonly check: Check
}

export type DefectVerdict = 'gone' | 'reported' | 'open' | 'missing'

/** No job of the regenerated pipeline writes a config.json that only holds `$CI_REGISTRY`. */
const executorRunsPerJob = (m: Measured): number => Math.max(...m.again.jobs.map((job) => job.runs.length))
const regeneratedLacks = (text: string) => (m: Measured) => !m.regenerated.includes(text)

const FLOATING = { what: 'floating executor tag', check: { finding: 'IMP105' } }
// Reproduced as written since session 7 (the import keeps what works); KC353 offers `auto`.
const REDUNDANT_ECHO = {
  what: 'redundant config.json with only $CI_REGISTRY',
  check: { finding: 'KC353' },
}

export const CORPUS_DEFECTS: Readonly<Record<string, readonly Defect[]>> = {
  '01': [
    FLOATING,
    // The key is the variable's value at run time: the config keeps it and KC351 says what it must hold.
    { what: 'Docker Hub credentials keyed by $DHUB_REGISTRY', check: { finding: 'KC351' } },
    // Kept as three images (as written); KC239 offers to build once and push to every registry.
    { what: 'three separate builds, digests may differ', check: { finding: 'KC239' } },
  ],
  '03': [
    FLOATING,
    { what: '--cache=true without --cache-repo', check: { finding: 'KC402' } },
    { what: 'cache: paths: [vendor/] caches nothing of kaniko', check: { unmapped: 'job keyword `cache`' } },
    { what: '[[ ]] bash-ism', check: { gone: regeneratedLacks('[['), how: 'the script is generated' } },
    REDUNDANT_ECHO,
  ],
  '06': [
    // Kept: the config runs in every pipeline, as written; KC238 offers `when: default-branch`.
    { what: 'no rules: every pipeline overwrites :latest', check: { finding: 'KC238' } },
    { what: 'pinned to v1.9.0-debug of the archived project', check: { finding: 'KC105' } },
    { what: '--cleanup with one build per job', check: { finding: 'KC604' } },
    { what: '[[ == ]] bash-ism', check: { gone: regeneratedLacks('[['), how: 'the script is generated' } },
  ],
  '08': [
    {
      what: 'rule on the job-only $CI_PROJECT_DIR',
      check: { unmapped: '$KANIKO_BUILD_CONTEXT != $CI_PROJECT_DIR' },
    },
    FLOATING,
    {
      what: '$KANIKO_ARGS is word-split',
      check: { unmapped: 'free-form arguments from a variable: KANIKO_ARGS' },
    },
    REDUNDANT_ECHO,
    {
      what: 'the default branch only gets latest',
      check: { unmapped: '`VERSION`, which the script assigns' },
    },
  ],
  '10': [
    { what: 'DOCKER_IMAGE "CHANGE_ME" is upper case', check: { finding: 'IMP115' } },
    FLOATING,
    {
      what: '\\[ -z "$DOCKER_CONFIG" ] && export … does nothing',
      check: { gone: regeneratedLacks('DOCKER_CONFIG'), how: 'the script is generated' },
    },
    {
      what: 'only: master never matches a main default branch',
      check: { gone: regeneratedLacks('master'), how: 'latest is pushed on the default branch' },
    },
    { what: 'lint-dockerfile does not gate the push', check: { unmapped: 'job `lint-dockerfile`' } },
  ],
  '12': [
    {
      what: ':latest pushed before the exists check',
      check: { unmapped: 'executor run in `kaniko_publish` is not mapped' },
    },
    { what: 'the probe treats any failure as "missing"', check: { unmapped: 'executor run inside if' } },
    {
      what: 'several executor runs share one container without --cleanup',
      check: { gone: (m) => executorRunsPerJob(m) === 1, how: 'one executor run per job' },
    },
    {
      what: 'cd $DOCKER_DIRECTORY before a relative --context',
      check: { unmapped: 'changes the working directory' },
    },
    {
      // `[ -n "${REGISTRY_CRT:-}" ]` instead of `[ -f … ]`: a Variable-type PEM makes `cat` fail the job.
      what: 'a Variable-type REGISTRY_CRT is skipped silently',
      check: {
        gone: (m) =>
          m.regenerated.includes('if [ -n "${REGISTRY_CRT:-}" ]; then cat "${REGISTRY_CRT}"') &&
          !m.regenerated.includes('[ -f "${REGISTRY_CRT}" ]'),
        how: 'the CA is read whenever REGISTRY_CRT is set: a Variable-type value stops the job at `cat`',
      },
    },
    {
      // registries.dockerAuthConfig (merged): the job stops unless the variable holds a JSON object.
      what: 'config.json from an unset DOCKER_AUTH_CONFIG',
      check: {
        gone: (m) => m.regenerated.includes('$DOCKER_AUTH_CONFIG does not hold a config.json'),
        how: 'DOCKER_AUTH_CONFIG is checked before it is copied',
      },
    },
    FLOATING,
  ],
  '15': [
    { what: 'manifest-tool fetched with curl | tar, no checksum', check: { unmapped: 'command `curl`' } },
    { what: '--password on manifest-tool argv', check: { finding: 'IMP110' } },
    FLOATING,
    { what: '--cache=true without --cache-repo', check: { finding: 'KC402' } },
    {
      what: 'the manifest job (no runner tags, digest files)',
      check: { unmapped: 'companion job `.build-multiarch-manifest`' },
    },
  ],
  '18': [
    { what: '--insecure-registry swallows --insecure-pull', check: { finding: 'IMP103' } },
    { what: '--skip-tls-verify and --insecure on the push', check: { finding: 'KC330' } },
    {
      what: 'RUN steps get only upper-case proxies and no NO_PROXY',
      check: {
        gone: (m) => m.regenerated.includes('no_proxy=') && m.regenerated.includes('http_proxy='),
        how: 'lower-case proxy build args with no_proxy',
      },
    },
    FLOATING,
    REDUNDANT_ECHO,
  ],
  '22': [
    { what: 'executor v1.8.1, older than v1.9.0', check: { finding: 'KC103' } },
    {
      what: '--cache --no-push without --cache-repo (conditional)',
      check: { unmapped: 'assignments to `DOCKER_OPTIONS`' },
    },
    { what: 'cp of an empty $CONFIG_FILE', check: { unmapped: 'config.json copied from $CONFIG_FILE' } },
    { what: 'CUSTOM_TAGS / custom registries drop destinations', check: { unmapped: 'for loop' } },
    {
      what: '--use-new-run on by default, --snapshotMode spelling',
      check: { unmapped: 'assignments to `DOCKER_OPTIONS`' },
    },
    {
      what: 'IMAGE_TAG names the executor tag and the pushed tag',
      check: { unmapped: 'the image depends on a variable' },
    },
  ],
  '25': [
    { what: 'Dependency Proxy key without its port', check: { finding: 'IMP113' } },
    { what: '--cache without --cache-repo', check: { finding: 'KC402' } },
    { what: 'pinned to v1.23.2-debug of the archived project', check: { finding: 'KC105' } },
    { what: 'crane auth login -p on argv', check: { finding: 'IMP110' } },
    // Kept: the release job uses the original's image (kanikoconfig's default is crane:debug too).
    { what: 'crane:debug floating', check: { finding: 'KC237' } },
  ],
  '27': [
    { what: 'crane auth login -p with an input password', check: { finding: 'IMP110' } },
    { what: '--tarPath deprecated spelling', check: { unmapped: '--tarPath' } },
    { what: 'inputs declared but never used', check: { finding: 'IMP114' } },
    {
      what: 'build_args is a free-form flag string',
      check: { unmapped: 'free-form arguments from a variable: INPUT_build_args' },
    },
  ],
  '30': [
    { what: 'more-indented >- lines: the executor gets no flags', check: { finding: 'IMP111' } },
    FLOATING,
    {
      what: '--snapshotMode deprecated spelling',
      check: { gone: regeneratedLacks('snapshotMode'), how: 'written --snapshot-mode' },
    },
    {
      what: 'copy jobs rebuild upstream images',
      check: { unmapped: 'writes the file `/workspace/Dockerfile`' },
    },
    {
      what: 'credsStore for every registry',
      check: { gone: regeneratedLacks('credsStore'), how: 'a credential helper for the ECR host only' },
    },
    {
      what: 'no --dockerfile: kaniko looks in the working directory first',
      check: {
        gone: (m) =>
          m.again.jobs.every((job) =>
            job.runs.every((run) => run.flags.some((f) => f.name === 'dockerfile')),
          ),
        how: '--dockerfile written',
      },
    },
  ],
}

export function defectVerdict(defect: Defect, m: Measured): DefectVerdict {
  const { check } = defect
  if ('open' in check) return 'open'
  if ('finding' in check)
    return m.importFindings.includes(check.finding) || m.configFindings.includes(check.finding)
      ? 'reported'
      : 'missing'
  if ('unmapped' in check)
    return m.result.unmapped.some((entry) => entry.reason.includes(check.unmapped)) ? 'reported' : 'missing'
  return check.gone(m) ? 'gone' : 'missing'
}

export function defectOutcome(file: string, m: Measured): DefectOutcome & { missing: string[] } {
  const outcome = { gone: 0, reported: 0, open: 0, missing: [] as string[] }
  for (const defect of CORPUS_DEFECTS[file.slice(0, 2)] ?? []) {
    const verdict = defectVerdict(defect, m)
    if (verdict === 'missing') outcome.missing.push(defect.what)
    else outcome[verdict] += 1
  }
  return outcome
}
