import { describe, expect, it } from 'vitest'
import { wordText } from '../shell/words.ts'
import { importOk, kanikoJob } from '../test-support/import.ts'

/** Script items as YAML double-quoted strings (`[ … ]` would be a flow sequence). */
const job = (lines: string[]) => kanikoJob(lines.map((line) => JSON.stringify(line)))

const IF = {
  tag: 'if [ -n "${CI_COMMIT_TAG:-}" ] ; then',
  notTag: 'if [ -z "${CI_COMMIT_TAG:-}" ] ; then',
  defaultBranch:
    'if [ -n "${CI_COMMIT_BRANCH:-}" ] && [ "${CI_COMMIT_BRANCH:-}" = "${CI_DEFAULT_BRANCH:-}" ] ; then',
  otherBranches:
    'if [ -n "${CI_COMMIT_BRANCH:-}" ] && [ "${CI_COMMIT_BRANCH:-}" != "${CI_DEFAULT_BRANCH:-}" ] ; then',
  mergeRequest: 'if [ "${CI_PIPELINE_SOURCE:-}" = merge_request_event ] ; then',
}
const push = (...references: string[]) =>
  `set -- "$@" ${references.map((r) => `--destination "${r}"`).join(' ')} ; fi`
const GUARD = '[ "$#" -gt 0 ] || set -- --no-push'
const EXECUTOR =
  '/kaniko/executor --context "${CI_PROJECT_DIR}" --destination "${CI_REGISTRY_IMAGE}:sha" "$@"'

async function read(lines: string[]) {
  const result = await importOk(job(lines))
  const run = result.jobs[0]?.runs[0]
  if (!run) throw new Error('no executor run')
  const destinations = run.flags
    .filter((flag) => flag.name === 'destination')
    .map((flag) => [flag.value ? wordText(flag.value) : null, flag.when ?? 'always'])
  return { result, destinations, reasons: result.unmapped.map((u) => u.reason) }
}

describe('destinations pushed only in some pipelines (`set --` … `"$@"`)', () => {
  it('reads every generated test back as the destination’s `when`', async () => {
    const { result, destinations, reasons } = await read([
      'set --',
      `${IF.tag} ${push('${CI_REGISTRY_IMAGE}:${CI_COMMIT_TAG}')}`,
      `${IF.notTag} ${push('${CI_REGISTRY_IMAGE}:dev')}`,
      `${IF.defaultBranch} ${push('${CI_REGISTRY_IMAGE}:latest', '${CI_REGISTRY_IMAGE}:stable')}`,
      `${IF.otherBranches} ${push('${CI_REGISTRY_IMAGE}:${CI_COMMIT_REF_SLUG}')}`,
      `${IF.mergeRequest}\n${push('${CI_REGISTRY_IMAGE}:mr-${CI_MERGE_REQUEST_IID}')}`,
      GUARD,
      EXECUTOR,
    ])
    expect(destinations).toEqual([
      ['${CI_REGISTRY_IMAGE}:sha', 'always'],
      ['${CI_REGISTRY_IMAGE}:${CI_COMMIT_TAG}', 'tag'],
      ['${CI_REGISTRY_IMAGE}:dev', 'not-tag'],
      ['${CI_REGISTRY_IMAGE}:latest', 'default-branch'],
      ['${CI_REGISTRY_IMAGE}:stable', 'default-branch'],
      ['${CI_REGISTRY_IMAGE}:${CI_COMMIT_REF_SLUG}', 'other-branches'],
      ['${CI_REGISTRY_IMAGE}:mr-${CI_MERGE_REQUEST_IID}', 'merge-request'],
    ])
    expect(reasons.filter((r) => r.includes('positional'))).toEqual([])
    expect(result.config?.images[0]?.destinations).toEqual([
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['sha'], when: 'always' },
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['dev'], when: 'not-tag' },
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['latest', 'stable'], when: 'default-branch' },
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['${CI_COMMIT_REF_SLUG}'], when: 'other-branches' },
      { repository: '${CI_REGISTRY_IMAGE}', tags: ['mr-${CI_MERGE_REQUEST_IID}'], when: 'merge-request' },
    ])
  })

  it.each([
    ['no `set --` first', [`${IF.tag} ${push('x/y:1')}`, GUARD, EXECUTOR]],
    ['another statement before the run', ['set --', `${IF.tag} ${push('x/y:1')}`, 'echo hi', EXECUTOR]],
    [
      'a test the generator does not write',
      ['set --', `if [ -n "$CI_COMMIT_TAG" ] ; then ${push('x/y:1')}`, EXECUTOR],
    ],
    ['another command inside the if', ['set --', `${IF.tag} echo hi ; ${push('x/y:1')}`, EXECUTOR]],
    [
      'an else branch',
      [
        'set --',
        `${IF.tag} ${push('x/y:1').replace(' ; fi', ' ; else set -- "$@" --destination x/y:2 ; fi')}`,
        EXECUTOR,
      ],
    ],
    ['a flag other than --destination', ['set --', `${IF.tag} set -- "$@" --cache=true ; fi`, EXECUTOR]],
  ])('leaves `"$@"` reported when the script is not the generated form: %s', async (_, lines) => {
    const { destinations, reasons } = await read(lines)
    expect(destinations.filter(([, when]) => when !== 'always')).toEqual([])
    expect(reasons).toContain('positional argument `$@` (kaniko takes none)')
  })
})
