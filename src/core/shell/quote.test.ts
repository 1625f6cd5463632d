import { execFileSync, spawnSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gitlabVariableValue, quoteLiteral, quoteShellText } from './quote.ts'
import { expandShellText, referencedVariables, splitShellText } from './text.ts'

const ENV = { CI_PROJECT_DIR: '/builds/group/project', EMPTY: '', WITH_SPACE: 'a b  c', TRICKY: '"$(x)`\\' }

/** Runs `printf '%s\0' <word>` under busybox sh and returns the argument it received. */
function busyboxArgs(words: string): string[] {
  const out = execFileSync('busybox', ['sh', '-c', `printf '%s\\0' ${words}`], {
    env: { PATH: process.env.PATH, ...ENV },
    encoding: 'utf8',
  })
  return out.split('\0').slice(0, -1)
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '$',
    '${',
    '$(id)',
    '`id`',
    '"',
    "'",
    '\\',
    '#',
    ' # x',
    '\n',
    '\t',
    '${CI_PROJECT_DIR}',
    '$EMPTY',
    '$WITH_SPACE',
    '${TRICKY}',
    '$1',
    '$@',
    '日本語',
    '\u00a0',
    '*',
    '?',
    '~',
    '~/x',
    '!',
    '“',
    '”',
    '‘',
    '’',
    '″',
  ),
)
const hostileText = fc
  .array(hostile, { maxLength: 8 })
  .map((parts) => parts.join('').replaceAll('\u0000', ''))

describe('splitShellText', () => {
  it('recognises $NAME and ${NAME} and nothing else', () => {
    expect(splitShellText('a$B-${C_1}$1${x:-y}')).toEqual([
      { kind: 'literal', text: 'a' },
      { kind: 'variable', name: 'B', source: '$B' },
      { kind: 'literal', text: '-' },
      { kind: 'variable', name: 'C_1', source: '${C_1}' },
      { kind: 'literal', text: '$1${x:-y}' },
    ])
    expect(referencedVariables('$A/$B/${A}')).toEqual(['A', 'B'])
  })
})

describe('expandShellText', () => {
  it('expands only the environment’s own variables', () => {
    expect(expandShellText('$toString/${constructor}/$CI_PROJECT_DIR', ENV)).toBe(`//${ENV.CI_PROJECT_DIR}`)
  })
})

describe('quoteShellText', () => {
  it('keeps the document’s form for variable references', () => {
    expect(quoteShellText('${CI_PROJECT_DIR}/Dockerfile')).toBe('"${CI_PROJECT_DIR}/Dockerfile"')
    expect(quoteShellText('$CI_REGISTRY_IMAGE:latest')).toBe('"${CI_REGISTRY_IMAGE}:latest"')
    expect(quoteShellText('plain-word_1.2')).toBe('plain-word_1.2')
    expect(quoteShellText('')).toBe('""')
  })

  it('yields one word equal to the expanded text under busybox sh, for any text', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (texts) => {
        const words = texts.map((t) => quoteShellText(t)).join(' ')
        expect(busyboxArgs(words)).toEqual(texts.map((t) => expandShellText(t, ENV)))
      }),
      { numRuns: 300 },
    )
  })

  it('joins several texts into one word, reading each reference on its own', () => {
    expect(quoteShellText('$CI_PROJECT_DIR', '_amd64')).toBe('"${CI_PROJECT_DIR}_amd64"')
    expect(busyboxArgs(quoteShellText('$CI_PROJECT_DIR', '_amd64'))).toEqual(['/builds/group/project_amd64'])
    expect(busyboxArgs(quoteShellText('v$$', '_x'))).toEqual(['v$$_x'])
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(busyboxArgs(quoteShellText(...texts))).toEqual([
          texts.map((t) => expandShellText(t, ENV)).join(''),
        ])
      }),
      { numRuns: 200 },
    )
  })
})

describe('quoteLiteral', () => {
  it('yields the text unchanged under busybox sh, for any text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(busyboxArgs(quoteLiteral(text))).toEqual([text])
      }),
      { numRuns: 200 },
    )
  })
})

describe('gitlabVariableValue', () => {
  it('doubles dollars that are not variable references', () => {
    expect(gitlabVariableValue('http://u:pa$5word@proxy:3128')).toBe('http://u:pa$$5word@proxy:3128')
    expect(gitlabVariableValue('${PROXY_HOST}:$PORT$')).toBe('${PROXY_HOST}:$PORT$$')
  })
})

describe('quoting is shellcheck-clean', () => {
  it('for typographic quotes, a leading tilde and dollars in literals', () => {
    const words = [
      quoteShellText('“quoted” ‘text’ ″'),
      quoteShellText('~/cache', '$CI_PROJECT_DIR'),
      quoteLiteral('-----BEGIN CERTIFICATE-----\nMII$x`y`\n-----END CERTIFICATE-----'),
      quoteLiteral('\\'),
      quoteLiteral("it's"),
    ]
    const script = `#!/bin/sh\nprintf '%s\\n' ${words.join(' ')}\n`
    const result = spawnSync('shellcheck', ['-s', 'sh', '-'], { input: script, encoding: 'utf8' })
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })
})
