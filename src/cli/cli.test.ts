import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  configJsonSchema,
  defaultConfig,
  PRESET_NAMES,
  parseConfigOrThrow,
  presetConfig,
} from '../core/config/index.ts'
import { generate } from '../core/generate/index.ts'
import { REPO_ROOT, type RunResult, runCli } from './spawn.ts'

// These tests spawn the real CLI (about 0.3 s each), so related runs share a test and run concurrently.

const dir = mkdtempSync(join(tmpdir(), 'kanikoconfig-cli-'))
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function expectSuccess(result: RunResult): void {
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
}

describe('kanikoconfig (spawned)', () => {
  it('presets lists exactly PRESET_NAMES, and every preset generates the core YAML, which parses', async () => {
    const list = await runCli(['presets'])
    expectSuccess(list)
    expect(list.stdout).toBe(`${PRESET_NAMES.join('\n')}\n`)

    const runs = await Promise.all(PRESET_NAMES.map((name) => runCli(['generate', '--preset', name])))
    for (const [i, name] of PRESET_NAMES.entries()) {
      const run = runs[i] as RunResult
      expectSuccess(run)
      // A thin shell: byte for byte what the core generates.
      expect(run.stdout).toBe(generate(presetConfig(name)))
      const doc = parse(run.stdout) as Record<string, unknown>
      expect(Object.keys(doc).length).toBeGreaterThan(0)
    }
  })

  it('generates the default config without a source; --job-only drops stages but keeps the jobs', async () => {
    const [full, jobOnly, multiArchJobOnly] = await Promise.all([
      runCli(['generate']),
      runCli(['generate', '--job-only']),
      runCli(['generate', '--preset', 'multi-arch', '--job-only']),
    ])
    for (const run of [full, jobOnly, multiArchJobOnly]) expectSuccess(run)
    expect(full.stdout).toBe(generate(defaultConfig()))
    const fullDoc = parse(full.stdout) as Record<string, unknown>
    expect(fullDoc).toHaveProperty('stages')

    const jobDoc = parse(jobOnly.stdout) as Record<string, unknown>
    expect(jobDoc).not.toHaveProperty('stages')
    expect(jobOnly.stdout).not.toMatch(/^stages:/m)
    const { stages: _, ...fullJobs } = fullDoc
    expect(jobDoc).toEqual(fullJobs)

    const multi = parse(multiArchJobOnly.stdout) as Record<string, unknown>
    expect(multi).not.toHaveProperty('stages')
    expect(Object.keys(multi).length).toBeGreaterThan(2) // one job per platform plus the manifest job
  })

  it('reads the config from stdin with "-" and "--config -", the same as from a file', async () => {
    const json = JSON.stringify({
      job: { name: 'build-image', triggers: ['default-branch'] },
      cache: { enabled: true },
    })
    const path = file('stdin-equivalent.json', json)
    const [fromFile, dash, configDash] = await Promise.all([
      runCli(['generate', '--config', path]),
      runCli(['generate', '-'], { stdin: json }),
      runCli(['generate', '--config', '-', '--job-only'], { stdin: json }),
    ])
    for (const run of [fromFile, dash, configDash]) expectSuccess(run)
    const doc = parse(fromFile.stdout) as Record<string, unknown>
    expect(doc).toHaveProperty('build-image')
    expect(JSON.stringify(doc)).toContain('--cache=true')
    expect(fromFile.stdout).toBe(generate(parseConfigOrThrow(JSON.parse(json))))
    expect(dash.stdout).toBe(fromFile.stdout)
    expect(configDash.stdout).not.toMatch(/^stages:/m)
    expect(parse(configDash.stdout)).toHaveProperty('build-image')
  })

  it('config prints the full effective config; fed back with --config it gives the same YAML', async () => {
    const names = ['kitchen-sink', 'multi-arch'] as const
    const configs = await Promise.all(names.map((name) => runCli(['config', '--preset', name])))
    const paths = configs.map((run, i) => {
      expectSuccess(run)
      const parsed = JSON.parse(run.stdout) as unknown
      expect(parsed).toEqual(presetConfig(names[i] ?? 'kitchen-sink'))
      return file(`${names[i]}.json`, run.stdout)
    })
    const fed = await Promise.all(paths.map((path) => runCli(['generate', '--config', path])))
    fed.forEach((run, i) => {
      expectSuccess(run)
      expect(run.stdout).toBe(generate(presetConfig(names[i] ?? 'kitchen-sink')))
    })
  })

  it('schema prints the JSON Schema of the config file', async () => {
    const run = await runCli(['schema'])
    expectSuccess(run)
    const schema = JSON.parse(run.stdout) as { properties?: Record<string, unknown> }
    expect(schema.properties).toHaveProperty('executor')
    expect(schema).toEqual(configJsonSchema())
  })

  it('help and version exit 0 on stdout', async () => {
    const [help, short, topic, commandHelp, version] = await Promise.all([
      runCli(['--help']),
      runCli(['-h']),
      runCli(['help', 'generate']),
      runCli(['generate', '--help']),
      runCli(['--version']),
    ])
    for (const run of [help, short, topic, commandHelp, version]) expectSuccess(run)
    expect(help.stdout).toMatch(/^Usage: kanikoconfig <command>/m)
    for (const command of ['generate', 'config', 'link', 'lint', 'presets', 'schema']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
    }
    expect(short.stdout).toBe(help.stdout)
    expect(topic.stdout).toMatch(/^Usage: kanikoconfig generate /)
    expect(commandHelp.stdout).toBe(topic.stdout)
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(version.stdout).toBe(`${pkg.version}\n`)
  })

  it('every error is one line on stderr naming the problem, with exit code 2 and nothing on stdout', async () => {
    const badJson = file('bad.json', '{\n  "job": { "name": "x", }\n}\n')
    const invalid = file('invalid.json', JSON.stringify({ build: { buildArgs: [{ name: 'A B' }] } }))
    const latin1 = file('latin1.json', Buffer.from('{"job": {"name": "caf\xe9"}}', 'latin1'))
    const huge = file('huge.json', Buffer.alloc(11_000_000, 0x20))
    const cases: [string[], string | Buffer | undefined, RegExp][] = [
      [
        ['generate', '--preset', 'nope'],
        undefined,
        /^kanikoconfig: unknown preset "nope" \(presets: gitlab-docs,/,
      ],
      [['generate', '--config', badJson], undefined, /bad\.json: invalid JSON at line 2, column 25: /],
      [
        ['generate', '--config', invalid],
        undefined,
        /^kanikoconfig: invalid config: images\[0\]\.buildArgs\[0\]\.name: /,
      ],
      [['config', '-'], '{"bogus": 1}', /^kanikoconfig: invalid config: bogus: unknown field bogus$/],
      [
        ['generate', '--config', join(dir, 'missing.json')],
        undefined,
        /cannot read config file .*missing\.json: no such file$/,
      ],
      [
        ['generate', '--preset', 'cached', '--config', invalid],
        undefined,
        /choose only one of --preset and --config$/,
      ],
      [
        ['generate', 'my.json'],
        undefined,
        /unexpected argument "my\.json" \(did you mean --config my\.json\?\)$/,
      ],
      [
        ['generate', '--link', 'https://example.com/#1.tIMvAyZ5pPoRX'],
        undefined,
        /^kanikoconfig: cannot open the link: The link is cut off/,
      ],
      [['frobnicate'], undefined, /^kanikoconfig: unknown command "frobnicate" \(commands: generate, /],
      [
        ['generate', '--config', latin1],
        undefined,
        /^kanikoconfig: .*latin1\.json: the input is not UTF-8 text \(save it as UTF-8\)$/,
      ],
      [
        ['config', '-'],
        Buffer.from('{"job": {"name": "caf\xe9"}}', 'latin1'),
        /^kanikoconfig: stdin: the input is not UTF-8 text \(save it as UTF-8\)$/,
      ],
      [
        ['generate', '--config', huge],
        undefined,
        /huge\.json: the input is larger than 10 MB; a config is a few KB$/,
      ],
      [
        ['generate', '--config', '/dev/zero'],
        undefined,
        /^kanikoconfig: \/dev\/zero: the input is larger than 10 MB/,
      ],
      [
        ['generate', '--config', invalid, '--config', latin1],
        undefined,
        /^kanikoconfig: option --config is given more than once$/,
      ],
      [
        ['generate', '--preset', 'cached', '--preset', 'kitchen-sink'],
        undefined,
        /^kanikoconfig: option --preset is given more than once$/,
      ],
      [['config', '--link', '#1.x', '-'], undefined, /^kanikoconfig: choose only one of "-" and --link$/],
    ]
    const runs = await Promise.all(
      cases.map(([args, stdin]) =>
        runCli(
          args,
          stdin === undefined ? {} : { stdin: typeof stdin === 'string' ? stdin : Readable.from([stdin]) },
        ),
      ),
    )
    runs.forEach((run, i) => {
      const [args, , pattern] = cases[i] ?? [[], undefined, /^$/]
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' })
      expect(run.stderr.endsWith('\n')).toBe(true)
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr.trimEnd()).toMatch(pattern)
    })
  })

  it('stops reading stdin past 10 MB: an 11 MB stream is refused before it is all read', async () => {
    let sent = 0
    async function* elevenMegabytes(): AsyncGenerator<Uint8Array> {
      const block = Buffer.alloc(16_384, 0x20)
      while (sent < 11_000_000) {
        sent += block.length
        yield block
      }
    }
    const run = await runCli(['generate', '-'], { stdin: elevenMegabytes() })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kanikoconfig: stdin: the input is larger than 10 MB; a config is a few KB\n',
    })
    // What the CLI did not read stayed with the writer: 10 MB plus pipe and stream buffers (< 0.5 MB).
    expect(sent).toBeLessThan(10_500_000)
  })

  it('a failed write is one line with exit 4; a closed pipe is quiet and keeps the exit status', async () => {
    const old = JSON.stringify({ executor: { tag: 'v1.8.0-debug' } })
    const full = openSync('/dev/full', 'w')
    try {
      const [generate, lint, closedGenerate, closedLint, closedSchema] = await Promise.all([
        runCli(['generate', '--preset', 'kitchen-sink'], { stdout: full }),
        runCli(['lint', '-'], { stdin: old, stdout: full }),
        runCli(['generate', '--preset', 'kitchen-sink'], { stdout: 'closed' }),
        runCli(['lint', '-'], { stdin: old, stdout: 'closed' }),
        runCli(['schema'], { stdout: 'closed' }),
      ])
      const enospc = 'kanikoconfig: cannot write the output: no space left on device (ENOSPC)\n'
      expect(generate).toEqual({ code: 4, stdout: '', stderr: enospc })
      expect(lint).toEqual({ code: 4, stdout: '', stderr: enospc })
      expect(closedGenerate).toEqual({ code: 0, stdout: '', stderr: '' })
      expect(closedLint).toEqual({ code: 1, stdout: '', stderr: '' }) // lint's own status: an error finding
      expect(closedSchema).toEqual({ code: 0, stdout: '', stderr: '' })
    } finally {
      closeSync(full)
    }
  })

  it('link gives a URL that generate --link and config --link open to the same config', async () => {
    const names = ['kitchen-sink', 'multi-arch'] as const
    const links = await Promise.all([
      ...names.map((name) => runCli(['link', '--preset', name])),
      runCli(['link', '--preset', 'cached', '--base', 'http://127.0.0.1:4173/kanikoconfig/']),
    ])
    for (const run of links) expectSuccess(run)
    const [kitchen, multi, based] = links.map((run) => run.stdout.trimEnd()) as [string, string, string]
    expect(kitchen).toMatch(/^https:\/\/kanikoconfig\.invalid\/#1\.[A-Za-z0-9_-]+$/)
    expect(based).toMatch(/^http:\/\/127\.0\.0\.1:4173\/kanikoconfig\/#1\./)
    const [fromKitchen, fromMultiFragment, config] = await Promise.all([
      runCli(['generate', '--link', kitchen]),
      runCli(['generate', '--link', multi.slice(multi.indexOf('#'))]), // just the "#1.…" part
      runCli(['config', '--link', based]),
    ])
    for (const run of [fromKitchen, fromMultiFragment, config]) expectSuccess(run)
    expect(fromKitchen.stdout).toBe(generate(presetConfig('kitchen-sink')))
    expect(fromMultiFragment.stdout).toBe(generate(presetConfig('multi-arch')))
    expect(JSON.parse(config.stdout)).toEqual(presetConfig('cached'))
  })

  it('link leaves credential-like values out, with one warning line on stderr', async () => {
    const secret = JSON.stringify({ proxy: { http: 'http://builder:hunter2@proxy.example.com:3128' } })
    const run = await runCli(['link', '-'], { stdin: secret })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'kanikoconfig: warning: left out of the link because they look like credentials: proxy.http (a user and password in a URL)\n',
    )
    const opened = await runCli(['config', '--link', run.stdout.trim()])
    expectSuccess(opened)
    expect(opened.stdout).not.toContain('hunter2')
    expect(JSON.parse(opened.stdout)).toMatchObject({ proxy: { http: 'http://proxy.example.com:3128' } })
  })

  it('lint reports findings by severity, as JSON or in Japanese, and exits 1 only on an error', async () => {
    const old = JSON.stringify({ executor: { tag: 'v1.8.0-debug' } })
    const [human, json, ja, clean] = await Promise.all([
      runCli(['lint', '-'], { stdin: old }),
      runCli(['lint', '--json', '-'], { stdin: old }),
      runCli(['lint', '--lang', 'ja', '-'], { stdin: old }),
      runCli(['lint', '--preset', 'cached']),
    ])
    for (const run of [human, json, ja, clean]) expect(run.stderr).toBe('')
    expect([human.code, json.code, ja.code, clean.code]).toEqual([1, 1, 1, 0])
    expect(human.stdout).toMatch(/^Errors \(1\)\n {2}KC103 executor\.tag: kaniko older than v1\.9\.0\n/)
    expect(human.stdout).toMatch(/\n1 error, 0 warnings, \d+ info\n$/)
    const findings = JSON.parse(json.stdout) as {
      code: string
      severity: string
      fields: string[]
      message: string
    }[]
    expect(findings[0]).toMatchObject({ code: 'KC103', severity: 'error', fields: ['executor.tag'] })
    expect(findings[0]?.message).toContain('kaniko should only be run inside of a container')
    expect(ja.stdout).toMatch(/^エラー \(1\)\n {2}KC103 executor\.tag: /)
    expect(clean.stdout).toMatch(/^0 errors, 0 warnings, \d+ info$/m)
  })

  it('runs as `npx kanikoconfig` in the checkout', async () => {
    const run = await runCli(['generate', '--preset', 'cached'], { viaNpx: true })
    expectSuccess(run)
    expect(run.stdout).toBe(generate(presetConfig('cached')))
  })
})
