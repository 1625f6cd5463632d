import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import { parseConfigOrThrow } from '../../core/config/parse.ts'
import { presetConfig } from '../../core/config/presets.ts'
import { CASES } from '../../core/diagnostics/cases/index.ts'
import { diagnose } from '../../core/diagnostics/index.ts'
import { generate } from '../../core/generate/index.ts'
import { fieldLines, findingLines, jobLine, viewPath } from './finding-lines.ts'

const linesOf = (yaml: string, numbers: readonly number[]) =>
  numbers.map((n) => yaml.split('\n')[n - 1]?.trim() ?? '')

describe('fieldLines', () => {
  const config = presetConfig('kitchen-sink')
  const yaml = generate(config)
  const at = (field: string) => linesOf(yaml, fieldLines(yaml, config, field))

  it('finds a flag field on its flag’s line, in every job that has it', () => {
    // Two platform jobs of the first image, then worker and docs.
    expect(at('advanced.cleanup')).toEqual(Array(4).fill('--cleanup'))
    expect(at('cache.ttl')).toEqual(Array(4).fill('--cache-ttl 168h'))
    // `--cache` is not `--cache-repo`.
    expect(at('cache.enabled')).toEqual(Array(4).fill('--cache=true'))
  })

  it('finds a field of one image in that image’s jobs only, though another image renders the same text', () => {
    const jobOf = (n: number) => {
      const lines = yaml.split('\n').slice(0, n)
      return lines.findLast((l) => /^[A-Za-z0-9_.-]+:\s*$/.test(l))?.slice(0, -1)
    }
    // Both the first image and worker build with APP_VERSION=${CI_COMMIT_SHORT_SHA}.
    const first = fieldLines(yaml, config, 'images[0].buildArgs[0].value')
    const worker = fieldLines(yaml, config, 'images[1].buildArgs[0].value')
    expect(first.map(jobOf)).toEqual(['build-amd64', 'build-arm64'])
    expect(worker.map(jobOf)).toEqual(['worker'])
    expect(linesOf(yaml, worker)).toEqual(['--build-arg "APP_VERSION=${CI_COMMIT_SHORT_SHA}"'])
    // worker's own cache repository, and the first image's manifest job.
    expect(fieldLines(yaml, config, 'images[1].cacheRepository').map(jobOf)).toEqual(['worker'])
    expect(fieldLines(yaml, config, 'images[0].multiArch.manifestToolImage').map(jobOf)).toEqual(['manifest'])
  })

  it('finds a list item by its flag and its value, or its name when the value is respelled', () => {
    const appVersion = config.images[0]?.buildArgs.findIndex((a) => a.name === 'APP_VERSION')
    expect(at(`images[0].buildArgs[${appVersion}].value`)).toEqual([
      '--build-arg "APP_VERSION=${CI_COMMIT_SHORT_SHA}"',
      '--build-arg "APP_VERSION=${CI_COMMIT_SHORT_SHA}"',
    ])
    const destination = at('images[0].destinations[1].repository')
    expect(destination.length).toBeGreaterThan(0)
    for (const line of destination) expect(line).toMatch(/^--destination "?docker\.io\/example\/app:/)
    // `$CI_COMMIT_SHA` is written `${CI_COMMIT_SHA}`: the argument's name still finds its line.
    const c = parseConfigOrThrow({
      version: 2,
      images: [
        {
          buildArgs: [
            { name: 'A', value: '1' },
            { name: 'REV', value: '$CI_COMMIT_SHA' },
          ],
        },
      ],
    })
    const y = generate(c)
    expect(linesOf(y, fieldLines(y, c, 'images[0].buildArgs[1].value'))).toEqual([
      '--build-arg "REV=${CI_COMMIT_SHA}"',
    ])
  })

  it('finds keys that are not flags: the image, the proxy variables, the rules', () => {
    // Once, in the template every build job extends.
    expect(at('executor.tag')).toEqual(['name: ghcr.io/osscontainertools/kaniko:v1.28.3-debug'])
    expect(at('proxy.noProxy')[0]).toBe('no_proxy: localhost,127.0.0.1,.example.com')
    // Every job's rules: two platforms, the manifest, worker, docs.
    expect(at('pipeline.triggers.on')).toEqual(Array(5).fill('rules:'))
    expect(at('images[0].multiArch.manifestToolImage')).toEqual(['name: mplatform/manifest-tool:alpine'])
  })

  it('takes a value as a word, not as part of a longer one', () => {
    const c = parseConfigOrThrow({
      version: 2,
      executor: { tag: 'v1.24.0' },
      images: [{ extraFlags: ['-d', 'build'] }],
    })
    const y = generate(c)
    expect(linesOf(y, fieldLines(y, c, 'executor.tag'))).toEqual([
      'name: gcr.io/kaniko-project/executor:v1.24.0',
    ])
    // `-d` is in `-debug` and `--dockerfile`; `build` is a job, a stage and a stages entry.
    expect(linesOf(y, fieldLines(y, c, 'images[0].extraFlags[0]'))).toEqual(['-d'])
    expect(linesOf(y, fieldLines(y, c, 'images[0].extraFlags[1]'))).toEqual(['build'])
  })

  it('finds a hand-typed flag by its name when the generator quotes it', () => {
    const c = parseConfigOrThrow({ version: 2, images: [{ extraFlags: ['--verbosity=$LOG_LEVEL'] }] })
    const y = generate(c)
    expect(linesOf(y, fieldLines(y, c, 'images[0].extraFlags[0]'))).toEqual(['"--verbosity=${LOG_LEVEL}"'])
  })

  it('ignores comments', () => {
    const c = parseConfigOrThrow({ registries: { dependencyProxy: { enabled: true } } })
    const y = generate(c)
    for (const line of linesOf(y, fieldLines(y, c, 'registries.dependencyProxy.prefixBuildArg'))) {
      expect(line.startsWith('#')).toBe(false)
    }
  })

  it('finds nothing for a field that renders nothing', () => {
    const c = defaultConfig()
    const y = generate(c)
    expect(fieldLines(y, c, 'proxy.jobVariables')).toEqual([])
  })
})

describe('config paths of version 2', () => {
  it('spell an image’s fields as its view does', () => {
    expect(viewPath('images.buildArgs.value')).toBe('build.buildArgs.value')
    expect(viewPath('images.destinations.tags')).toBe('destinations.tags')
    expect(viewPath('images.multiArch.tagSuffix')).toBe('multiArch.tagSuffix')
    expect(viewPath('images.name')).toBe('job.name')
    expect(viewPath('images.extraFlags')).toBe('advanced.extraFlags')
    expect(viewPath('images.changes')).toBe('image.changes')
    expect(viewPath('pipeline.triggers.on')).toBe('job.triggers')
    expect(viewPath('pipeline.triggers.tagPattern')).toBe('pipeline.triggers.tagPattern')
    expect(viewPath('proxy.http')).toBe('proxy.http')
  })

  it('find each image’s field in that image’s job, and the pipeline’s new keys', () => {
    const c = parseConfigOrThrow({
      version: 2,
      pipeline: { triggers: { tagPattern: '/^v\\d+$/' }, job: { timeout: '1h 30m' } },
      images: [
        { name: 'api', context: '${CI_PROJECT_DIR}/api' },
        { name: 'web', context: '${CI_PROJECT_DIR}/web', changes: ['web/**/*'] },
      ],
    })
    const y = generate(c)
    expect(linesOf(y, fieldLines(y, c, 'images[1].context'))).toEqual(['--context "${CI_PROJECT_DIR}/web"'])
    expect(linesOf(y, fieldLines(y, c, 'images[0].context'))).toEqual(['--context "${CI_PROJECT_DIR}/api"'])
    expect(linesOf(y, fieldLines(y, c, 'images[1].name'))).toEqual(['web:'])
    expect(linesOf(y, fieldLines(y, c, 'images[1].changes[0]'))).toEqual(['- web/**/*'])
    const rules = linesOf(y, fieldLines(y, c, 'pipeline.triggers.tagPattern'))
    expect(rules.length).toBeGreaterThan(0)
    for (const line of rules) expect(line).toContain('$CI_COMMIT_TAG =~ /^v\\d+$/')
    expect(linesOf(y, fieldLines(y, c, 'pipeline.job.timeout'))[0]).toBe('timeout: 1h 30m')
  })
})

describe('findingLines', () => {
  it('falls back to the first job’s first line, also without the header', () => {
    const c = defaultConfig()
    for (const jobOnly of [false, true]) {
      const y = generate(c, { jobOnly })
      const [line] = findingLines(y, c, ['proxy.jobVariables'])
      expect(linesOf(y, [line ?? 0])).toEqual(['build:'])
      expect(line).toBe(jobLine(y.split('\n')))
    }
  })

  it('gives every finding of every diagnostics case lines of the YAML, mostly the field’s own', () => {
    let fallbacks = 0
    let total = 0
    for (const c of CASES) {
      const config = parseConfigOrThrow(c.trigger)
      const yaml = generate(config)
      const count = yaml.split('\n').length
      for (const finding of diagnose(config)) {
        const lines = findingLines(yaml, config, finding.fields)
        expect(lines.length, finding.code).toBeGreaterThan(0)
        for (const n of lines) {
          expect(n).toBeGreaterThanOrEqual(1)
          expect(n).toBeLessThanOrEqual(count)
          expect(linesOf(yaml, [n])[0]?.startsWith('#'), finding.code).toBe(false)
        }
        total++
        if (finding.fields.every((f) => fieldLines(yaml, config, f).length === 0)) fallbacks++
      }
    }
    // Only findings about something missing (no proxy variables, no runner tags) fall back.
    expect(total).toBeGreaterThan(90)
    expect(fallbacks / total).toBeLessThan(0.1)
  })
})
