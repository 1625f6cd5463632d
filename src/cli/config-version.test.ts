import { describe, expect, it } from 'vitest'
import { parseConfigOrThrow } from '../core/config/parse.ts'
import { encodePayloadV1 } from '../core/share/payload-v1.ts'
import { runCli } from './test-run.ts'

/** `kanikoconfig config` and `link` write version 2, whatever version they read (issue 11). */

const run = runCli

describe('config version written by the CLI', () => {
  it('config prints version 2 for a version-1 file, link or stdin, migrated', async () => {
    const v1 = { job: { name: 'container image', manual: true }, build: { target: 'runtime' } }
    const expected = parseConfigOrThrow(v1)
    expect(expected.version).toBe(2)
    const fromStdin = await run(['config', '-'], JSON.stringify(v1))
    const fromLink = await run(['config', '--link', `#1.${encodePayloadV1(JSON.stringify(v1))}`])
    for (const result of [fromStdin, fromLink]) {
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toEqual(expected)
    }
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({
      version: 2,
      pipeline: { layout: 'jobs', triggers: { manual: 'manual' } },
      images: [{ name: 'container image', target: 'runtime' }],
    })
  })

  it('link writes a format-2 link that config reads back as the same version-2 config', async () => {
    const v2 = { version: 2, images: [{ name: 'api' }, { name: 'web', target: 'nginx' }] }
    const link = await run(['link', '-'], JSON.stringify(v2))
    expect(link.code).toBe(0)
    expect(link.stdout).toMatch(/#2\.[A-Za-z0-9_-]+\n$/)
    const back = await run(['config', '--link', link.stdout.trim()])
    expect(JSON.parse(back.stdout)).toEqual(parseConfigOrThrow(v2))
  })
})
