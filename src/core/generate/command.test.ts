import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Document, parse } from 'yaml'
import { quoteShellText } from '../shell/quote.ts'
import { ShellCommand, shellCommandTag } from './command.ts'

function emit(command: ShellCommand): string {
  const doc = new Document({ job: { script: [command] } }, { customTags: [shellCommandTag] })
  return doc.toString({ lineWidth: 0 })
}

const word = fc.oneof(
  fc.constantFrom(
    '--flag',
    '-',
    '- x',
    '#',
    ' # ',
    ': ',
    'a:',
    '? ',
    '|',
    '>',
    '"',
    "'",
    '{',
    '[',
    '&a',
    '*a',
    '!t',
    '%',
    '@',
    '`',
    '\n',
    '日本',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
)

describe('ShellCommand in YAML', () => {
  it('writes safe commands like the document: one flag per line', () => {
    const text = emit(new ShellCommand([['/kaniko/executor'], ['--context', '"${CI_PROJECT_DIR}"']]))
    expect(text).toBe('job:\n  script:\n    - /kaniko/executor\n      --context "${CI_PROJECT_DIR}"\n')
  })

  it('falls back to a quoted or block scalar when a line would change meaning', () => {
    const command = new ShellCommand([['echo'], ['"a # b"'], ['c: d']])
    expect(emit(command)).not.toContain('\n      "a # b"')
    expect(parse(emit(command))).toEqual({ job: { script: [command.toString()] } })
  })

  it('always parses back to the command the shell must run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (lines) => {
          const command = new ShellCommand(lines.map((line) => line.map((w) => quoteShellText(w))))
          expect(parse(emit(command))).toEqual({ job: { script: [command.toString()] } })
        },
      ),
      { numRuns: 2000 },
    )
  })
})
