import { describe, expect, it } from 'vitest'
import { imageView } from '../config/image-view.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import { alwaysDestinationArgs, conditionalDestinationLines } from './destinations.ts'
import { imageJobs } from './jobs.ts'

const view = (input: ConfigInput) => imageView(parseConfigOrThrow({ version: 2, ...input }), 0)

describe('destinations', () => {
  it('keeps the plain --destination arguments when every destination is always pushed', () => {
    const config = view({ images: [{ destinations: [{ repository: 'r', tags: ['a', 'b'] }] }] })
    expect(alwaysDestinationArgs(config, '')).toEqual([
      ['--destination', 'r:a'],
      ['--destination', 'r:b'],
    ])
    expect(conditionalDestinationLines(config, '')).toEqual([])
  })

  it('collects conditional destinations with set -- and adds "$@" after the others', () => {
    const config = view({
      images: [
        {
          destinations: [
            { repository: 'r', tags: ['${CI_COMMIT_TAG}'], when: 'tag' },
            { repository: 'r', tags: ['latest'], when: 'default-branch' },
          ],
        },
      ],
    })
    expect(alwaysDestinationArgs(config, '-amd64')).toEqual([['"$@"']])
    expect(conditionalDestinationLines(config, '-amd64').map(String)).toEqual([
      'set --',
      'if [ -n "${CI_COMMIT_TAG:-}" ] ; then set -- "$@" --destination "r:${CI_COMMIT_TAG}-amd64" ; fi',
      'if [ -n "${CI_COMMIT_BRANCH:-}" ] && [ "${CI_COMMIT_BRANCH:-}" = "${CI_DEFAULT_BRANCH:-}" ] ; then set -- "$@" --destination r:latest-amd64 ; fi',
      '[ "$#" -gt 0 ] || set -- --no-push',
    ])
  })

  it('builds a tarball-only image with --no-push (was: no flag, kaniko refuses to start)', () => {
    const config = view({ images: [{ destinations: [] }], advanced: { tarPath: 'image.tar' } })
    expect(alwaysDestinationArgs(config, '')).toEqual([['--no-push']])
    const noPush = view({ images: [{ destinations: [] }], advanced: { noPush: true } })
    expect(alwaysDestinationArgs(noPush, '')).toEqual([])
  })

  it('gives a multi-arch image without destinations no manifest job (was: a job without script)', () => {
    const config = view({
      images: [{ destinations: [], multiArch: { enabled: true } }],
      advanced: { tarPath: 'image.tar' },
    })
    expect(imageJobs(config).map((j) => j.name)).toEqual(['build-amd64', 'build-arm64'])
  })
})
