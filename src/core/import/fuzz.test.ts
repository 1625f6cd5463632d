import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importPipeline } from './index.ts'
import { lexShell } from './shell/lexer.ts'

/*
 * The importer is total: whatever the file holds, it answers ok or a YAML error, never an exception
 * turned into "the importer failed". The lexer also reads text no parser has checked (a variable's
 * value, a folded scalar read as its author meant it), so it must end on anything.
 */

const SHELL_PIECES = [
  ' ',
  '\t',
  '\n',
  '\\',
  '\\\n',
  "'",
  '"',
  '$',
  '${',
  '}',
  '$(',
  ')',
  '(',
  '`',
  '#',
  ';',
  '&',
  '&&',
  '|',
  '||',
  '<',
  '>',
  '>>',
  '<<',
  '<<-',
  'EOF',
  'if',
  'then',
  'else',
  'fi',
  'case',
  'esac',
  'for',
  'in',
  'do',
  'done',
  '=',
  'X',
  'a',
  '/kaniko/executor',
  '--destination',
  '--cache',
  '-d',
  'echo',
  'cat',
  'base64',
  '2',
  '$((',
  '))',
]
const shellText = fc
  .array(fc.constantFrom(...SHELL_PIECES), { maxLength: 40 })
  .map((pieces) => pieces.join(''))

describe('the importer never fails on odd input', () => {
  it('lexes any text to the end', () => {
    fc.assert(
      fc.property(shellText, (text) => {
        const result = lexShell(text)
        for (const command of result.commands) expect(command.end).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 3000, seed: 20_261_130 },
    )
  })

  it('answers every script and YAML with ok or a YAML error', async () => {
    const yamlPieces = fc.constantFrom(
      'a:',
      '  b: [',
      ']',
      '- x',
      '&x',
      '*x',
      '<<: *x',
      '!reference [a, b]',
      'extends: a',
      '---',
      '"',
      "'",
      ':',
      '\n',
      '  ',
    )
    await fc.assert(
      fc.asyncProperty(shellText, fc.array(yamlPieces, { maxLength: 12 }), async (script, yaml) => {
        const withScript = await importPipeline(
          `build:\n  image: { name: gcr.io/kaniko-project/executor:debug, entrypoint: [""] }\n  script:\n    - ${JSON.stringify(script)}\n`,
        )
        expect(withScript.ok).toBe(true)
        const raw = await importPipeline(yaml.join(''))
        if (!raw.ok) expect(raw.error.message).not.toContain('the importer failed')
      }),
      { numRuns: 60, seed: 20_261_130 },
    )
  })
})
