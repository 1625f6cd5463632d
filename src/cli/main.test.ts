import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { PRESET_NAMES, presetConfig } from '../core/config/index.ts'
import { CATALOGS, diagnose, findingText, localizedFinding } from '../core/diagnostics/index.ts'
import { generate } from '../core/generate/index.ts'
import { encodePayloadV1 } from '../core/share/payload-v1.ts'
import { COMMANDS } from './commands.ts'
import { EXIT } from './io.ts'
import { runCli } from './test-run.ts'

// In-process runs of main(): the same code as the binary minus the tsx bootstrap, fast enough to
// cover every branch. cli.test.ts proves the spawned binary behaves the same.

const run = runCli

const dir = mkdtempSync(join(tmpdir(), 'kanikoconfig-main-'))

describe('main', () => {
  it.each(PRESET_NAMES)(
    'config --preset %s, fed back through --config and stdin, gives the same YAML',
    async (name) => {
      const config = await run(['config', '--preset', name])
      expect(config.code).toBe(0)
      const path = join(dir, `${name}.json`)
      writeFileSync(path, config.stdout)
      const fromFile = await run(['generate', '--config', path])
      const fromStdin = await run(['generate', '-'], config.stdout)
      expect(fromFile).toEqual({ code: 0, stdout: generate(presetConfig(name)), stderr: '' })
      expect(fromStdin).toEqual(fromFile)
    },
  )

  it.each(PRESET_NAMES)('link --preset %s opens back to the same YAML with generate --link', async (name) => {
    const link = await run([
      'link',
      '--preset',
      name,
      '--base',
      'https://example.gitlab.io/kanikoconfig/#old',
    ])
    expect(link.code).toBe(0)
    expect(link.stderr).toBe('')
    expect(link.stdout).toMatch(/^https:\/\/example\.gitlab\.io\/kanikoconfig\/#2\.[A-Za-z0-9_-]*\n$/)
    expect(await run(['generate', '--link', link.stdout.trim()])).toEqual({
      code: 0,
      stdout: generate(presetConfig(name)),
      stderr: '',
    })
  })

  it.each(PRESET_NAMES)('lint --preset %s prints what diagnose finds, in both languages', async (name) => {
    const findings = diagnose(presetConfig(name))
    const hasError = findings.some((f) => f.severity === 'error')
    for (const lang of ['en', 'ja'] as const) {
      const json = await run(['lint', '--preset', name, '--json', '--lang', lang])
      expect(json.code).toBe(hasError ? 1 : 0)
      expect(JSON.parse(json.stdout)).toEqual(findings.map((f) => localizedFinding(f, CATALOGS[lang])))
      const human = await run(['lint', '--preset', name, '--lang', lang])
      expect(human.code).toBe(json.code)
      for (const finding of findings) {
        const { title, message } = findingText(finding, CATALOGS[lang])
        expect(human.stdout).toContain(`${finding.code} ${finding.fields.join(', ')}: ${title}`)
        expect(human.stdout).toContain(`    ${message}\n`)
      }
    }
  })

  it('lint says so when there is nothing to report', async () => {
    const clean = JSON.stringify({ executor: { source: 'osscontainertools', tag: 'v1.28.3-debug' } })
    expect(diagnose(presetConfig('cached')).length).toBeGreaterThan(0) // the default image earns an info
    const en = await run(['lint', '-'], clean)
    const ja = await run(['lint', '--lang', 'ja', '-'], clean)
    expect(en).toEqual({ code: 0, stdout: 'No problems found.\n', stderr: '' })
    expect(ja).toEqual({ code: 0, stdout: '問題は見つかりませんでした。\n', stderr: '' })
    expect(await run(['lint', '--json', '-'], clean)).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
  })

  it('lint names characters GitLab misreads (KC701, exit 1) in a config or link; generate refuses them (exit 2)', async () => {
    // Issue 9's link: a runner tag whose U+2028 GitLab reads as a line break and a before_script.
    const payload = JSON.stringify({
      job: {
        runnerTags: [
          'saas-linux-small-amd64\u2028  before_script:\u2028    - touch PWNED; echo $CI_JOB_TOKEN',
        ],
      },
    })
    const link = `https://example.com/kanikoconfig/#1.${encodePayloadV1(payload)}`
    const viaLink = await run(['lint', '--link', link, '--json'])
    const viaStdin = await run(['lint', '-'], payload)
    expect(viaLink.code).toBe(1)
    expect(viaLink.stderr).toBe('')
    expect(JSON.parse(viaLink.stdout)).toEqual([
      expect.objectContaining({ code: 'KC701', severity: 'error', fields: ['images[0].runnerTags[0]'] }),
    ])
    expect(viaStdin).toMatchObject({ code: 1, stderr: '' })
    expect(viaStdin.stdout).toMatch(
      /^Errors \(1\)\n {2}KC701 images\[0\]\.runnerTags\[0\]: .*\n {4}images\[0\]\.runnerTags\[0\] holds U\+2028: GitLab reads it as a line break/,
    )
    const ja = await run(['lint', '--lang', 'ja', '--link', link])
    expect(ja.stdout).toContain('images[0].runnerTags[0] に U+2028 が含まれています。')

    const generated = await run(['generate', '--link', link])
    expect(generated.code).toBe(2)
    expect(generated.stdout).toBe('')
    expect(generated.stderr).toContain('images[0].runnerTags[0] (U+2028 (line separator))')
    // Other invalid input is still an invalid config for lint, too.
    expect(await run(['lint', '-'], JSON.stringify({ cache: { ttl: 'soon' } }))).toMatchObject({
      code: 2,
      stdout: '',
    })
  })

  it('refuses a config too large for a link', async () => {
    // Random values do not compress: the JSON passes 64 KiB, more than a link may hold.
    const extraFlags = Array.from(
      { length: 3000 },
      (_, i) => `--build-arg=X${i}=${(i * 7919).toString(36)}${'ab'.repeat(i % 7)}q${i}`,
    )
    const result = await run(['link', '-'], JSON.stringify({ advanced: { extraFlags } }))
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kanikoconfig: the config is too large for a link; share the config file instead\n',
    })
  })

  it.each(Object.keys(COMMANDS))('shows help for %s in every spelling', async (name) => {
    const byTopic = await run(['help', name])
    expect(byTopic.code).toBe(0)
    expect(byTopic.stdout).toMatch(new RegExp(`^Usage: kanikoconfig ${name}\\b`))
    expect(byTopic.stdout).toContain('-h, --help')
    // Help wins over other mistakes on the same line, but not after "--".
    for (const args of [
      [name, '--help'],
      [name, '-h'],
      [name, '--bogus', '-h'],
    ]) {
      expect(await run(args)).toEqual(byTopic)
    }
    expect((await run([name, '--', '--help'])).code).toBe(2)
  })

  it('prints the global help without arguments', async () => {
    const bare = await run([])
    expect(bare.code).toBe(0)
    expect(bare.stdout).toMatch(/^Usage: kanikoconfig <command> \[options\]$/m)
    expect(await run(['help'])).toEqual(bare)
    for (const code of Object.values(EXIT)) expect(bare.stdout).toMatch(new RegExp(`^  ${code}   \\S`, 'm'))
  })

  it.each([
    [['--version', 'x'], '', 'unexpected argument "x"'],
    [['--help', 'generate'], '', 'unexpected argument "generate"'],
    [
      ['help', 'nope'],
      '',
      'unknown command "nope" (commands: generate, config, link, lint, import, presets, schema, help)',
    ],
    [['help', 'generate', 'x'], '', 'unexpected argument "x"'],
    [
      ['--preset', 'cached'],
      '',
      'unknown option --preset (options go after the command; see: kanikoconfig --help)',
    ],
    [
      ['constructor'],
      '',
      'unknown command "constructor" (commands: generate, config, link, lint, import, presets, schema, help)',
    ],
    [['presets', '-x'], '', 'unknown option -x for presets (see: kanikoconfig presets --help)'],
    [['schema', 'extra'], '', 'unexpected argument "extra"'],
    [['generate', '--job-only=yes'], '', 'option --job-only takes no value'],
    [
      ['generate', '--preset', '--job-only'],
      '',
      'option --preset needs a value (for a value that starts with "-", write --preset=VALUE)',
    ],
    [['generate', '-', '--config', 'a.json'], '', 'choose only one of --config and "-"'],
    [['generate', '-', '-'], '', 'unexpected argument "-"'],
    [['generate', '--config', 'a.json', '--config', 'b.json'], '', 'option --config is given more than once'],
    [
      ['config', '--preset', 'cached', '--preset', 'gitlab-docs'],
      '',
      'option --preset is given more than once',
    ],
    [['generate', '--link', '#1.a', '--link=#1.b'], '', 'option --link is given more than once'],
    [['lint', '--lang', 'en', '--lang', 'ja'], '', 'option --lang is given more than once'],
    [['generate', '--job-only', '--job-only'], '', 'option --job-only is given more than once'],
    [['config', '--link', '#1.a', '--preset', 'cached'], '', 'choose only one of --preset and --link'],
    [['config', '--config', 'a.json', '--link', '#1.a'], '', 'choose only one of --config and --link'],
    [['config', 'cfg.yaml'], '', 'unexpected argument "cfg.yaml"'],
    [['config', '--config', dir], '', `cannot read config file ${dir}: it is a directory`],
    [['config', '-'], '[]', 'invalid config: the config must be a JSON object'],
    [['generate', '-'], '', 'stdin: invalid JSON: the input is empty'],
    [['generate', '--preset'], '', 'option --preset needs a value'],
    [
      ['config', '-'],
      '{"executor": {"source": "docker"}}',
      'invalid config: executor.source: must be one of "google", "osscontainertools", "custom"',
    ],
    [['lint', '--preset', 'cached', '--lang', 'fr'], '', 'option --lang must be "en" or "ja", not "fr"'],
    [
      ['link', '--base', 'example.com'],
      '',
      'option --base needs an absolute URL such as https://example.com/kanikoconfig/, not "example.com"',
    ],
    [
      ['config', '-'],
      '{"version": 9}',
      'invalid config: version: config version 9 is newer than this kanikoconfig understands (up to 2)',
    ],
    [
      ['generate', '-'],
      JSON.stringify({ job: { triggers: ['tag', 'tag'] }, bogus: true }),
      'invalid config: pipeline.triggers.on: must not contain duplicates (and 1 more)',
    ],
  ])('%j fails with one line and exit code 2', async (args, stdin, message) => {
    expect(await run(args, stdin)).toEqual({ code: 2, stdout: '', stderr: `kanikoconfig: ${message}\n` })
  })

  it('reads stdin in chunks, but refuses bytes that are not UTF-8 and input over 10 MB', async () => {
    const json = Buffer.from(JSON.stringify({ job: { name: 'café-ビルド' } }))
    const split = json.indexOf(0xc3) + 1 // between the two bytes of "é"
    const chunked = await run(['config', '-'], [json.subarray(0, split), json.subarray(split)])
    expect(chunked.code).toBe(0)
    expect(JSON.parse(chunked.stdout)).toMatchObject({ images: [{ name: 'café-ビルド' }] })

    const latin1 = Buffer.from('{"job": {"name": "caf\xe9"}}', 'latin1')
    expect(await run(['config', '-'], [latin1])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kanikoconfig: stdin: the input is not UTF-8 text (save it as UTF-8)\n',
    })
    const huge = Array.from({ length: 11 }, () => Buffer.alloc(1_000_000, 0x20))
    expect(await run(['generate', '-'], huge)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kanikoconfig: stdin: the input is larger than 10 MB; a config is a few KB\n',
    })
    expect(await run(['generate', '--link', `#1.${'A'.repeat(10_000_000)}`])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kanikoconfig: --link: the input is larger than 10 MB; a config is a few KB\n',
    })
  })

  it('reports a failure inside the core as an internal error (exit 3), still on one line', async () => {
    vi.resetModules()
    vi.doMock('../core/generate/index.ts', () => ({
      generate: () => {
        throw new Error('boom\nsecond line')
      },
    }))
    try {
      const { main: freshMain } = await import('./main.ts')
      let stderr = ''
      const code = await freshMain(['generate'], {
        stdout: () => {},
        stderr: (text) => {
          stderr += text
        },
        stdin: () => Readable.from([]),
      })
      expect({ code, stderr }).toEqual({
        code: 3,
        stderr: 'kanikoconfig: internal error: boom second line\n',
      })
    } finally {
      vi.doUnmock('../core/generate/index.ts')
      vi.resetModules()
    }
  })
})
