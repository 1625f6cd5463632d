import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_EXECUTOR_TAG, OSSCONTAINERTOOLS_EXECUTOR } from '../catalog/executors.ts'
import { TOOL_VERSION } from '../version.ts'
import { defaultConfig, stripDefaults } from './defaults.ts'
import { FIELD_DESCRIPTIONS } from './descriptions.ts'
import { configJsonSchema } from './json-schema.ts'
import { formatIssues, parseConfig } from './parse.ts'
import { PRESET_NAMES, PRESETS, presetConfig } from './presets.ts'
import { CONFIG_VERSION } from './schema.ts'

describe('config schema', () => {
  it('accepts every preset and round-trips it through stripDefaults', () => {
    for (const name of PRESET_NAMES) {
      const result = parseConfig(PRESETS[name])
      expect(result.ok, name).toBe(true)
      const config = presetConfig(name)
      expect(parseConfig(stripDefaults(config))).toEqual({ ok: true, config })
    }
  })

  it('fills every default, holds a version, and strips to nothing', () => {
    const config = defaultConfig()
    expect(config.version).toBe(CONFIG_VERSION)
    expect(config.executor).toEqual({
      source: 'google',
      tag: 'v1.24.0-debug',
      tagVariable: '',
      customImage: '',
      overrideEntrypoint: true,
    })
    expect(config.pipeline.triggers.on).toEqual(['tag'])
    expect(stripDefaults(config)).toEqual({ version: 2 })
  })

  it.each([
    [
      { executor: { source: 'docker' } },
      'executor.source: must be one of "google", "osscontainertools", "custom"',
    ],
    [{ build: { buildArgs: [{ name: 'A B' }] } }, 'images[0].buildArgs[0].name: must not contain spaces'],
    [{ job: { name: 'stages' } }, 'images[0].name: is a reserved GitLab CI keyword'],
    [{ job: { triggers: ['tag', 'tag'] } }, 'pipeline.triggers.on: must not contain duplicates'],
    [{ destinations: [] }, 'destinations: needs at least one destination'],
    [
      { registries: { extra: [{ host: 'x', usernameVariable: '1BAD' }] } },
      'registries.extra[0].usernameVariable',
    ],
    [{ cache: { ttl: 'two weeks' } }, 'cache.ttl: must be a Go duration'],
    [{ advanced: { pushRetry: 1.5 } }, 'advanced.pushRetry: must be a whole number'],
    [{ proxy: { http: 'a\nb' } }, 'proxy.http: must be a single line'],
    [{ build: { context: 'a\u2028b' } }, 'images[0].context: must not contain U+2028 (line separator)'],
    [{ certificates: { pem: 'x\n\u0085y' } }, 'certificates.pem: must not contain U+0085 (next line)'],
    [{ job: { stage: 'a\u007f' } }, 'pipeline.stage: must not contain U+007F (control character)'],
    [{ advanced: { registryMirrors: ['m\uffff'] } }, 'advanced.registryMirrors[0]: must not contain U+FFFF'],
    [
      { build: { labels: [{ key: 'k', value: '\ud800' }] } },
      'images[0].labels[0].value: must not contain U+D800',
    ],
    [{ job: { name: '<<' } }, 'images[0].name: must not be "<<" (YAML reads it as a merge key)'],
    [{ multiArch: { manifestJobName: '<<' } }, 'images[0].multiArch.manifestJobName: must not be "<<"'],
    [{ job: { stage: '<<' } }, 'pipeline.stage: must not be "<<"'],
    [{ unknown: 1 }, 'unknown: unknown field unknown'],
    [{ build: { contxt: 'x' } }, 'images[0].contxt: unknown field images[0].contxt'],
    [{ version: 99 }, 'version: config version 99 is newer'],
    [{ version: 2, images: [] }, 'images: needs at least one image'],
    [
      { version: 2, images: [{ name: 'app' }, { name: 'app' }] },
      "images[1].name: must differ from the other images' job names",
    ],
    [
      { version: 2, images: [{ destinations: [] }] },
      'images[0].destinations: needs at least one destination (or --no-push, or a tar path)',
    ],
    [
      { version: 2, pipeline: { triggers: { branches: ['a b'] } } },
      'pipeline.triggers.branches[0]: must be a branch name without spaces or quotes, or a /regex/',
    ],
    // GitLab's lexer takes only i, m and s after a /regex/: it refuses the rule for anything else.
    [
      { version: 2, pipeline: { triggers: { tagPattern: '/^v\\d+/g' } } },
      'pipeline.triggers.tagPattern: must end a /regex/ with no flags other than i, m and s (GitLab refuses the rule)',
    ],
    [
      { version: 2, pipeline: { triggers: { tagPattern: '/^v/iU' } } },
      'pipeline.triggers.tagPattern: must end a /regex/ with no flags other than i, m and s',
    ],
    [
      { version: 2, pipeline: { triggers: { branches: ['/^release-/x'] } } },
      'pipeline.triggers.branches[0]: must end a /regex/ with no flags other than i, m and s',
    ],
    // The generator writes a variable source as `${NAME}`: a path or text there breaks the job's shell.
    [
      {
        version: 2,
        certificates: { more: [{ source: 'base64-variable', value: '/etc/ssl/certs/two.pem' }] },
      },
      'certificates.more[0].value: must be a CI/CD variable name',
    ],
    [
      {
        version: 2,
        certificates: {
          more: [
            { source: 'pem', value: 'x' },
            { source: 'file-variable', value: 'CA ONE' },
          ],
        },
      },
      'certificates.more[1].value: must be a CI/CD variable name',
    ],
    [[], 'the config must be a JSON object'],
  ])('rejects %j naming the field', (input, expected) => {
    const result = parseConfig(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(formatIssues(result.issues)).toContain(expected)
  })

  it.each([
    '',
    '/^v\\d+$/',
    '/^V2/i',
    '/^(v1|nightly)/ims',
    '^v\\d+',
    'nightly',
    // Not a /regex/ with flags: a bare pattern (wrapped) and one ending in a slash.
    'release/1',
    '/^release\\//',
  ])('accepts the tag pattern %j (no flags, or only i, m, s)', (tagPattern) => {
    expect(parseConfig({ version: 2, pipeline: { triggers: { tagPattern } } }).ok).toBe(true)
  })

  it('accepts more CAs whose value fits their source: a variable name, PEM text or a path', () => {
    const more = [
      { source: 'file-variable', value: 'SECOND_CA' },
      { source: 'base64-variable', value: '_CA_B64' },
      { source: 'pem', value: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
      { source: 'path', value: '/etc/ssl/certs/two.pem' },
    ]
    expect(parseConfig({ version: 2, certificates: { more } }).ok).toBe(true)
  })

  it('accepts branch /regex/ patterns with the flags i, m, s', () => {
    const branches = ['main', '/^FEAT/i', '/^release\\//', '/^hotfix-.*$/ms']
    expect(parseConfig({ version: 2, pipeline: { triggers: { branches } } }).ok).toBe(true)
  })

  it('keeps line feeds, carriage returns and tabs where a field allows them', () => {
    const result = parseConfig({ certificates: { pem: 'a\r\n\tb\n' }, build: { target: 'a\tb' } })
    expect(result.ok).toBe(true)
  })

  it('exports a JSON Schema in which every field is optional and documented', () => {
    const schema = configJsonSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>
      required?: string[]
    }
    expect(schema.required ?? []).toEqual([])
    expect(Object.keys(schema.properties)).toEqual(Object.keys(defaultConfig()))
    expect(schema.properties.executor?.properties).toHaveProperty('tag')
    expect(JSON.stringify(schema)).toContain('--context')
  })

  it('describes every field, and nothing that is not a field', () => {
    const described: string[] = []
    const undescribed: string[] = []
    type Node = { properties?: Record<string, Node>; items?: Node; description?: string }
    const walk = (node: Node, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const childPath = path ? `${path}.${key}` : key
        ;(child.description ? described : undescribed).push(childPath)
        walk(child, childPath)
        if (child.items) walk(child.items, `${childPath}[]`)
      }
    }
    walk(configJsonSchema() as Node, '')
    expect(undescribed).toEqual([])
    expect(described.sort()).toEqual(Object.keys(FIELD_DESCRIPTIONS).sort())
  })
})

describe('preset data', () => {
  it('names the catalog’s tags (the data module has no imports, so it spells them out)', () => {
    expect(PRESETS['gitlab-docs'].executor.tag).toBe(DOCUMENT_EXECUTOR_TAG)
    expect(PRESETS['kitchen-sink'].executor.tag).toBe(OSSCONTAINERTOOLS_EXECUTOR.defaultTag)
  })
})

describe('TOOL_VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(TOOL_VERSION).toBe(pkg.version)
  })
})
