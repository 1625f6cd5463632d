import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importOk, kanikoJob } from '../test-support/import.ts'
import { lexShell } from './lexer.ts'
import { byteOffsetToIndex, loadShellParser } from './parser.ts'
import { wordText } from './words.ts'

describe('reading job scripts', () => {
  it('reports a shell syntax error with its YAML line and reads nothing from that script', async () => {
    const result = await importOk(
      kanikoJob(['echo ok', 'echo "unterminated', '/kaniko/executor --destination reg/a']),
    )
    const error = result.unmapped.find((entry) => entry.reason.startsWith('shell syntax error'))
    expect(error).toMatchObject({ path: 'build.script[1]', line: 7 })
    expect(error?.reason).toContain('line 2')
    expect(result.jobs[0]?.runs).toEqual([])
  })

  it('reads bash-only syntax busybox accepts, and says so', async () => {
    const result = await importOk(
      kanikoJob(['TAG=${CI_COMMIT_REF_NAME//\\//-}', '/kaniko/executor --destination reg/a:$TAG']),
    )
    expect(result.unmapped.some((entry) => entry.reason.startsWith('bash-only syntax'))).toBe(true)
    expect(result.jobs[0]?.runs).toHaveLength(1)
  })

  it('joins script items with newlines, as the runner does (if/else/fi across items)', async () => {
    const result = await importOk(
      kanikoJob([
        'if [ -n "$CI_COMMIT_TAG" ]; then',
        '  /kaniko/executor --destination reg/a:tag',
        'else',
        '  /kaniko/executor --destination reg/a:dev',
        'fi',
      ]),
    )
    expect(result.unmapped.filter((entry) => entry.reason.startsWith('shell syntax'))).toEqual([])
    expect(result.jobs[0]?.runs.map((run) => [run.path, run.conditional])).toEqual([
      ['build.script[1]', true],
      ['build.script[3]', true],
    ])
  })

  it('maps mvdan/sh byte offsets to string indexes', () => {
    const toIndex = byteOffsetToIndex('é日x')
    expect([toIndex(0), toIndex(2), toIndex(5)]).toEqual([0, 1, 2])
  })
})

/**
 * The word lexer and mvdan/sh must agree on what they both see: every top-level statement mvdan/sh
 * reports starts a command of the lexer, its redirections are the lexer's, and its comments too. Run
 * over every script of the corpus.
 */
const corpus = new URL('../fixtures/corpus/', import.meta.url)
const parser = await loadShellParser()
const corpusScripts: { file: string; text: string }[] = []
for (const file of readdirSync(corpus).filter((name) => name.endsWith('.yml'))) {
  const result = await importOk(readFileSync(new URL(file, corpus), 'utf8'))
  for (const job of result.jobs)
    for (const script of job.scripts) if (script.parsed) corpusScripts.push({ file, text: script.text })
}

describe('the lexer agrees with mvdan/sh on the corpus scripts', () => {
  const scripts = corpusScripts
  it('covers the corpus', () => {
    expect(scripts.length).toBeGreaterThan(20)
  })

  it.each(scripts.map((script, index) => [`${script.file} #${index}`, script] as const))(
    '%s',
    async (_name, script) => {
      const tree = await parser(script.text, 'posix').catch(() => parser(script.text, 'bash'))
      const toIndex = byteOffsetToIndex(script.text)
      const lexed = lexShell(script.text)
      for (const statement of tree.Stmts) {
        const start = toIndex(statement.Pos.Offset)
        const end = toIndex(statement.End.Offset)
        const inside = lexed.commands.filter((command) => command.offset >= start && command.offset < end)
        expect(inside.length, script.text.slice(start, end)).toBeGreaterThan(0)
        for (const redirect of statement.Redirs) {
          const target = redirect.Word.Lit
          const matching = inside.flatMap((command) => command.redirects).filter((r) => r.op === redirect.Op)
          expect(matching.length, `${redirect.Op} ${target}`).toBeGreaterThan(0)
          if (target) expect(matching.map((r) => wordText(r.target))).toContain(target)
        }
        for (const comment of statement.Comments) {
          expect(lexed.comments.map((c) => c.offset)).toContain(toIndex(comment.Pos.Offset))
        }
      }
    },
  )
})
