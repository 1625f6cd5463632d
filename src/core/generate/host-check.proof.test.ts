import { describe, expect, it } from 'vitest'
import { type CiVariables, runJob } from '../../testing/chroot-runner.ts'
import { ciVariables } from '../../testing/ci-env.ts'
import { extractPipeline, jobByName } from '../../testing/extract.ts'
import { PATHS } from '../../testing/oracle.ts'
import { provePipeline } from '../../testing/proof.ts'
import { formatFindings, shellcheckScripts } from '../../testing/shellcheck.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import { generate } from './index.ts'

/**
 * A registry host given as a variable reaches config.json only at run time, so the job script checks
 * it there (host-check.ts). Proven under busybox, for the kaniko job and for the manifest job (Alpine),
 * each of which writes a config.json: by the oracle, and spelled out below without it.
 */

const config = parseConfigOrThrow({
  certificates: {
    enabled: true,
    source: 'pem',
    pem: '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----',
  },
  registries: {
    extra: [
      { host: '$REG_HOST', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASSWORD' },
      { host: 'https://${HUB_HOST}/v1/', credentialHelper: 'gcr' },
    ],
  },
  multiArch: { enabled: true, platforms: [{ platform: 'linux/amd64' }] },
})
const yaml = generate(config)
const pipeline = extractPipeline(yaml)
const JOBS = [
  { name: 'build-amd64', image: 'kaniko-debug', configJson: PATHS.kanikoConfig },
  { name: 'manifest', image: 'manifest-tool-alpine', configJson: PATHS.manifestToolConfig },
] as const

function variables(
  values: Readonly<Record<string, string | undefined>>,
): Record<string, CiVariables[string]> {
  const vars: Record<string, CiVariables[string]> = {
    ...ciVariables(config),
    REG_USER: 'alice',
    REG_PASSWORD: 'hunter2',
    REG_HOST: 'mirror.example.com:5050',
    HUB_HOST: 'index.docker.io',
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete vars[name]
    else vars[name] = value
  }
  return vars
}

const HOSTILE: Record<string, Readonly<Record<string, string | undefined>>> = {
  'JSON that adds an auth entry': { REG_HOST: 'evil.example","auths":{"x":{"auth":"ZXZpbDpldmls"}},"y":"' },
  'a space': { REG_HOST: 'registry.example.com extra' },
  'a line break': { REG_HOST: 'registry.example.com\nevil.example' },
  'an empty value': { REG_HOST: '' },
  'an unset variable': { REG_HOST: undefined },
  'a path in the second host': { HUB_HOST: 'index.docker.io/v2' },
  'a non-ASCII letter': { REG_HOST: 'régistry.example' },
}

describe('a registry host from a variable', () => {
  it.each(Object.entries(HOSTILE))('stops the job before config.json when it holds %s', (_what, values) => {
    const vars = variables(values)
    const bad = Object.keys(values)[0] ?? ''
    for (const job of JOBS) {
      const run = runJob(jobByName(pipeline, job.name), { variables: vars, image: job.image })
      expect({
        job: job.name,
        exitCode: run.exitCode,
        stderr: run.stderr,
        configJson: run.files[job.configJson],
        ran: run.invocations.map((i) => i.program),
      }).toEqual({
        job: job.name,
        exitCode: 1,
        stderr: `$${bad} is not a registry host\n`,
        configJson: undefined,
        ran: [],
      })
    }
    expect(provePipeline(config, yaml, { variables: vars }).problems).toEqual([])
  })

  it('goes into config.json when it is a host:port', () => {
    const vars = variables({ REG_HOST: 'mirror.example.com:5050' })
    for (const job of JOBS) {
      const run = runJob(jobByName(pipeline, job.name), { variables: vars, image: job.image })
      expect(run.exitCode).toBe(0)
      const written = JSON.parse(run.files[job.configJson] ?? '{}') as {
        auths: Record<string, { auth: string }>
        credHelpers: Record<string, string>
      }
      expect(Object.keys(written.auths)).toEqual([vars.CI_REGISTRY, 'mirror.example.com:5050'])
      expect(written.auths['mirror.example.com:5050']?.auth).toBe(
        Buffer.from('alice:hunter2').toString('base64'),
      )
      expect(Object.keys(written.credHelpers)).toEqual(['https://index.docker.io/v1/'])
    }
    expect(provePipeline(config, yaml, { variables: vars }).problems).toEqual([])
  })

  it('is checked before mkdir, in a script shellcheck finds clean', () => {
    const beforeScript = jobByName(pipeline, 'build-amd64').beforeScript.join('\n')
    expect(beforeScript.match(/^case \$REG_HOST in/gm)).toHaveLength(1)
    expect(beforeScript.match(/^case \$HUB_HOST in/gm)).toHaveLength(1)
    expect(beforeScript.indexOf('case $HUB_HOST')).toBeLessThan(beforeScript.indexOf('mkdir -p'))
    const proof = provePipeline(config, yaml, { structureOnly: true })
    expect(formatFindings([...shellcheckScripts(proof.scripts).values()].flat())).toBe('')
  })
})

describe('a literal registry host', () => {
  it('cannot break config.json: its text is JSON-escaped when the YAML is generated', () => {
    const host = 'a"b\\c}{,"auths":{"x":{}}é'
    const literal = parseConfigOrThrow({ registries: { extra: [{ host }] } })
    const run = runJob(jobByName(extractPipeline(generate(literal)), 'build'), {
      variables: ciVariables(literal),
    })
    expect(run.exitCode).toBe(0)
    const written = JSON.parse(run.files[PATHS.kanikoConfig] ?? '{}') as { auths: Record<string, unknown> }
    expect(Object.keys(written.auths)).toEqual([ciVariables(literal).CI_REGISTRY, host])
    expect(provePipeline(literal, generate(literal)).problems).toEqual([])
  })
})
