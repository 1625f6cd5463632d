import { describe, expect, it } from 'vitest'
import {
  executorBuildArg,
  executorDestinations,
  executorToBuildah,
  readManifestToolPush,
} from './translate.ts'

const mapPath = (p: string) => p.replace('/builds/group/project', '/tmp/project')

describe('kaniko argv → buildah bud', () => {
  const argv = [
    '--context',
    '/builds/group/project',
    '--dockerfile',
    '/builds/group/project/docker/Dockerfile',
    '--destination',
    'gitlab.test:5050/group/project:1a2b',
    '--destination',
    'registry.test:5443/team/app:v1',
    '--target',
    'runtime',
    '--build-arg',
    'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX=gitlab.test/group/dependency_proxy/containers',
    '--build-arg',
    'NPM_TOKEN',
    '--label',
    'k=v = w',
    '--skip-unused-stages',
    '--registry-certificate',
    'gitlab.test:5050=/kaniko/ssl/certs/custom-ca.crt',
  ]

  it('maps context, dockerfile, build args, target, labels and destinations', () => {
    const build = executorToBuildah(argv, { NPM_TOKEN: 'secret $x' }, mapPath)
    expect(build.budArgs).toEqual([
      '--file',
      '/tmp/project/docker/Dockerfile',
      '--target',
      'runtime',
      '--build-arg',
      'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX=gitlab.test/group/dependency_proxy/containers',
      '--build-arg',
      'NPM_TOKEN',
      '--label',
      'k=v = w',
      '--skip-unused-stages=true',
      '--tag',
      'gitlab.test:5050/group/project:1a2b',
      '/tmp/project',
    ])
    expect(build.destinations).toEqual([
      'gitlab.test:5050/group/project:1a2b',
      'registry.test:5443/team/app:v1',
    ])
    // `--build-arg NAME` takes the value from the environment, in kaniko as in buildah.
    expect(build.env).toEqual({ NPM_TOKEN: 'secret $x' })
    expect(build.dropped).toHaveLength(1)
  })

  it('refuses flags it does not translate, rather than building something else', () => {
    expect(() => executorToBuildah([...argv, '--cache=true'], {}, mapPath)).toThrow(
      /untranslated.*--cache=true/,
    )
    expect(() => executorToBuildah([...argv, '--custom-platform', 'linux/arm64'], {}, mapPath)).toThrow(
      /--custom-platform/,
    )
  })

  it('reads a value joined to its flag, as the generator writes a value starting with -', () => {
    const joined = [
      '--context=/builds/group/project',
      '--dockerfile=-odd/Dockerfile',
      '--destination',
      'gitlab.test:5050/group/project:1a2b',
      '--label=-k=v',
      '--build-arg=-=x',
      '--target=-stage',
    ]
    expect(executorToBuildah(joined, {}, (p) => p).budArgs).toEqual([
      '--file',
      '-odd/Dockerfile',
      '--label',
      '-k=v',
      '--build-arg',
      '-=x',
      '--target',
      '-stage',
      '--tag',
      'gitlab.test:5050/group/project:1a2b',
      '/builds/group/project',
    ])
    expect(executorDestinations(['--destination=-x', '--destination', 'r/a:1'])).toEqual(['-x', 'r/a:1'])
    expect(executorBuildArg(['--build-arg=A=-1'], 'A', {})).toBe('-1')
  })

  it('reads destinations and build args', () => {
    expect(executorDestinations(argv)).toHaveLength(2)
    expect(executorBuildArg(argv, 'NPM_TOKEN', { NPM_TOKEN: 't' })).toBe('t')
    expect(executorBuildArg(argv, 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX', {})).toBe(
      'gitlab.test/group/dependency_proxy/containers',
    )
    expect(executorBuildArg(argv, 'MISSING', {})).toBeUndefined()
  })
})

describe('manifest-tool argv', () => {
  const tail = [
    'push',
    'from-args',
    '--platforms',
    'linux/amd64,linux/arm/v7',
    '--template',
    'r:t-ARCHVARIANT',
    '--target',
    'r:t',
  ]

  it('reads flags credentials or a docker config dir', () => {
    expect(readManifestToolPush(['--username', 'u', '--password', 'p:w', ...tail])).toEqual({
      credentials: { username: 'u', password: 'p:w' },
      platforms: ['linux/amd64', 'linux/arm/v7'],
      template: 'r:t-ARCHVARIANT',
      target: 'r:t',
    })
    expect(readManifestToolPush(['--docker-cfg', '/tmp/d', '--insecure', ...tail]).credentials).toEqual({
      dockerCfg: '/tmp/d',
    })
  })

  it('rejects unknown platforms and missing flags', () => {
    expect(() =>
      readManifestToolPush(['--docker-cfg', 'd', ...tail.slice(0, 3), 'linux/mips', ...tail.slice(4)]),
    ).toThrow(/unknown platform/)
    expect(() => readManifestToolPush(['--docker-cfg', 'd', 'push', 'from-args'])).toThrow(/--platforms/)
  })
})
