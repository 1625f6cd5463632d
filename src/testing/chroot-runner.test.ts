import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  expandGitlabValue,
  fileVariablePath,
  jobEnvironment,
  runJob,
  runnerScript,
  SYSTEM_CA_MARKER,
} from './chroot-runner.ts'
import { extractPipeline, jobByName } from './extract.ts'

const VARS = {
  CI_PROJECT_DIR: '/builds/group/project',
  CI_REGISTRY_IMAGE: 'registry.example.com/group/project',
  CI_COMMIT_TAG: 'v1.0.0',
}

/** The document's first example (using_kaniko.ja.txt), verbatim. */
const DOCUMENT_EXAMPLE = `build:
  stage: build
  image:
    name: gcr.io/kaniko-project/executor:v1.14.0-debug
    entrypoint: [""]
  script:
    - /kaniko/executor
      --context "\${CI_PROJECT_DIR}"
      --dockerfile "\${CI_PROJECT_DIR}/Dockerfile"
      --destination "\${CI_REGISTRY_IMAGE}:\${CI_COMMIT_TAG}"
  rules:
    - if: $CI_COMMIT_TAG
`

/** The document's proxy example with its placeholders filled in. */
const DOCUMENT_PROXY_EXAMPLE = `build:
  stage: build
  variables:
    http_proxy: http://proxy.example.com:3128
    https_proxy: http://proxy.example.com:3128
    no_proxy: localhost,127.0.0.1
  image:
    name: gcr.io/kaniko-project/executor:v1.14.0-debug
    entrypoint: [""]
  script:
    - /kaniko/executor
      --context "\${CI_PROJECT_DIR}"
      --build-arg http_proxy=$http_proxy
      --build-arg https_proxy=$https_proxy
      --build-arg no_proxy=$no_proxy
      --dockerfile "\${CI_PROJECT_DIR}/Dockerfile"
      --destination "\${CI_REGISTRY_IMAGE}:\${CI_COMMIT_TAG}"
  rules:
    - if: $CI_COMMIT_TAG
`

function hostKaniko(): string | null {
  if (!fs.existsSync('/kaniko')) return null
  return execFileSync('find', ['/kaniko', '-printf', '%p %s %T@\\n'], { encoding: 'utf8' })
}

describe('runJob in the kaniko debug image chroot', () => {
  it('records the argv of the document’s example exactly', () => {
    const job = jobByName(extractPipeline(DOCUMENT_EXAMPLE), 'build')
    const result = runJob(job, { variables: VARS })
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.executorCalls).toEqual([
      [
        '--context',
        '/builds/group/project',
        '--dockerfile',
        '/builds/group/project/Dockerfile',
        '--destination',
        'registry.example.com/group/project:v1.0.0',
      ],
    ])
    expect(result.invocations[0]?.invokedAs).toBe('/kaniko/executor')
    expect(result.invocations[0]?.cwd).toBe('/builds/group/project')
    expect(result.files).toEqual({})
  })

  it('gives the job its variables, so the document’s proxy example passes them on', () => {
    const job = jobByName(extractPipeline(DOCUMENT_PROXY_EXAMPLE), 'build')
    const result = runJob(job, { variables: VARS })
    expect(result.executorCalls[0]?.slice(2, 8)).toEqual([
      '--build-arg',
      'http_proxy=http://proxy.example.com:3128',
      '--build-arg',
      'https_proxy=http://proxy.example.com:3128',
      '--build-arg',
      'no_proxy=localhost,127.0.0.1',
    ])
    // kaniko's own pulls and pushes use the proxy from its environment.
    expect(result.invocations[0]?.env).toMatchObject({
      http_proxy: 'http://proxy.example.com:3128',
      no_proxy: 'localhost,127.0.0.1',
      PATH: '/usr/local/bin:/kaniko:/busybox',
      DOCKER_CONFIG: '/kaniko/.docker/',
      SSL_CERT_DIR: '/kaniko/ssl/certs',
    })
  })

  it('records hostile arguments byte for byte, one record per call', () => {
    const args = [
      '',
      ' ',
      'a b',
      '"q"',
      "'s'",
      '$HOME',
      '`x`',
      '\\',
      'line\nbreak\n',
      '日本語 🐳',
      '-',
      '#',
      '\t',
    ]
    const quoted = args.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ')
    const result = runJob(
      { script: [`/kaniko/executor ${quoted}`, 'executor second', '/kaniko/executor'] },
      { variables: VARS },
    )
    expect(result.exitCode).toBe(0)
    expect(result.executorCalls).toEqual([args, ['second'], []])
    // Called through PATH, the stub still sees its full path as $0.
    expect(result.invocations.map((i) => i.invokedAs)).toEqual([
      '/kaniko/executor',
      '/kaniko/executor',
      '/kaniko/executor',
    ])
  })

  it('runs before_script and script in one shell and stops at the first failing line', () => {
    const result = runJob(
      {
        beforeScript: ['A="from before_script"', 'false', '/kaniko/executor not-reached'],
        script: ['/kaniko/executor "$A"'],
      },
      { variables: VARS },
    )
    expect(result.exitCode).toBe(1)
    expect(result.executorCalls).toEqual([])
    const shared = runJob(
      { beforeScript: ['A="from before_script"'], script: ['/kaniko/executor "$A"'] },
      { variables: VARS },
    )
    expect(shared.executorCalls).toEqual([['from before_script']])
  })

  it('stops inside a multi-line entry too (errexit), and fails when the executor fails', () => {
    const multi = runJob({ script: ['false\n/kaniko/executor not-reached'] }, { variables: VARS })
    expect(multi.exitCode).not.toBe(0)
    expect(multi.executorCalls).toEqual([])
    const failing = runJob(
      { script: ['/kaniko/executor a', 'echo after > /kaniko/after'] },
      { variables: VARS, stubExitCode: 3 },
    )
    expect(failing.exitCode).toBe(3)
    expect(failing.executorCalls).toEqual([['a']])
    expect(failing.files['/kaniko/after']).toBeUndefined()
  })

  it('fails the job at a line that does not parse (eval parses command by command)', () => {
    const result = runJob(
      { script: ['/kaniko/executor first', 'echo "unterminated', '/kaniko/executor never'] },
      { variables: VARS },
    )
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toMatch(/unterminated|syntax error/i)
    expect(result.executorCalls).toEqual([['first']])
  })

  it('returns what the script wrote, with the system CA bundle seeded', () => {
    const result = runJob(
      {
        script: [
          'mkdir -p /kaniko/.docker',
          `printf '{"auths":{}}' > /kaniko/.docker/config.json`,
          'echo extra >> /kaniko/ssl/certs/ca-certificates.crt',
        ],
      },
      { variables: VARS },
    )
    expect(result.files).toEqual({
      '/kaniko/.docker/config.json': '{"auths":{}}',
      '/kaniko/ssl/certs/ca-certificates.crt': `${SYSTEM_CA_MARKER}\nextra\n`,
    })
  })

  it('writes File-type variables where the runner does and gives their path as the value', () => {
    const content = '-----BEGIN CERTIFICATE-----\n$not "expanded" `x`\n'
    const result = runJob(
      { script: ['cat "$CA" >> /kaniko/ssl/certs/ca-certificates.crt', '/kaniko/executor "$CA"'] },
      { variables: { ...VARS, CA: { file: content } } },
    )
    const path = fileVariablePath(VARS.CI_PROJECT_DIR, 'CA')
    expect(path).toBe('/builds/group/project.tmp/CA')
    expect(result.executorCalls).toEqual([[path]])
    expect(result.files['/kaniko/ssl/certs/ca-certificates.crt']).toBe(`${SYSTEM_CA_MARKER}\n${content}`)
  })

  it('looks like kaniko’s debug image: busybox in /busybox, /bin/sh, no /tmp, nothing of the host', () => {
    const result = runJob(
      {
        script: [
          // Debian's static busybox runs applets itself (SH_STANDALONE), so check the links, not `command -v`.
          '[ -x /busybox/base64 ] && [ -x /busybox/tr ] && echo applets > /kaniko/where',
          'readlink /bin/sh >> /kaniko/where',
          'if [ -e /tmp ]; then echo tmp >> /kaniko/where; fi',
          'if [ -e /usr/bin/node ] || [ -e /etc/passwd ]; then echo host >> /kaniko/where; fi',
          'echo "$HOME $PATH" >> /kaniko/where',
        ],
      },
      { variables: VARS },
    )
    expect(result.exitCode).toBe(0)
    expect(result.files['/kaniko/where']).toBe(
      'applets\n/busybox/sh\n/root /usr/local/bin:/kaniko:/busybox\n',
    )
  })

  it('never touches the host’s /kaniko', () => {
    const before = hostKaniko()
    const result = runJob(
      {
        script: [
          'mkdir -p /kaniko/.docker && echo "{}" > /kaniko/.docker/config.json',
          'echo x >> /kaniko/ssl/certs/ca-certificates.crt',
          'rm -rf /kaniko/executor',
        ],
      },
      { variables: VARS },
    )
    expect(result.exitCode).toBe(0)
    expect(result.files['/kaniko/.docker/config.json']).toBe('{}\n')
    expect(hostKaniko()).toBe(before)
    // Each run starts from a fresh root: the executor the last script deleted is back.
    expect(runJob({ script: ['/kaniko/executor ok'] }, { variables: VARS }).executorCalls).toEqual([['ok']])
  })
})

describe('runJob in the manifest-tool alpine chroot', () => {
  it('finds manifest-tool on PATH and has Alpine’s CA bundle and /tmp', () => {
    const result = runJob(
      {
        image: 'mplatform/manifest-tool:alpine',
        script: [
          'mkdir -p /tmp/cfg && echo "{}" > /tmp/cfg/config.json',
          'cat /etc/ssl/certs/ca-certificates.crt > /tmp/bundle',
          'manifest-tool --docker-cfg /tmp/cfg push from-args --platforms linux/amd64 --template "a:ARCH" --target a',
        ],
      },
      { variables: VARS },
    )
    expect(result.exitCode).toBe(0)
    expect(result.manifestToolCalls).toEqual([
      [
        '--docker-cfg',
        '/tmp/cfg',
        'push',
        'from-args',
        '--platforms',
        'linux/amd64',
        '--template',
        'a:ARCH',
        '--target',
        'a',
      ],
    ])
    // Found through the `:/` that the image appends to PATH.
    expect(result.invocations[0]?.invokedAs).toBe('//manifest-tool')
    expect(result.executorCalls).toEqual([])
    expect(result.files['/tmp/bundle']).toBe(`${SYSTEM_CA_MARKER}\n`)
    expect(result.files['/tmp/cfg/config.json']).toBe('{}\n')
  })
})

describe('GitLab’s expansion of job variables', () => {
  const lookup = (name: string) => ({ A: 'a', B: '$A', EMPTY: '' })[name]

  it('expands $NAME and ${NAME}, turns $$ into $, empties unknown and special names', () => {
    expect(expandGitlabValue('$A-${A}-$B-$$A-$$$$-$UNKNOWN-${UNKNOWN}', lookup)).toBe('a-a-$A-$A-$$--')
    expect(expandGitlabValue('$1$*$@x-${}y-$-$ -a$', lookup)).toBe('x-y-$ -a$')
    expect(expandGitlabValue('${x:-y}', lookup)).toBe('')
    expect(expandGitlabValue('$${x:-y}', lookup)).toBe('${x:-y}')
  })

  it('expands job variables against the CI variables and the raw job variables', () => {
    expect(jobEnvironment({ CI: 'c', A: 'ci' }, { A: 'job-$CI', B: '$A', C: 'p$$w' })).toEqual({
      CI: 'c',
      A: 'job-c',
      B: 'job-$CI',
      C: 'p$w',
    })
  })

  it('exports values through single quotes, so any byte reaches the job', () => {
    const value = `'"$(x)\`y\`\\\n`
    const result = runJob({ script: ['/kaniko/executor "$V"'] }, { variables: { ...VARS, V: value } })
    expect(result.executorCalls).toEqual([[value]])
    expect(runnerScript({ V: value }, '/p', ['true'])).toContain('set -o errexit')
  })
})
