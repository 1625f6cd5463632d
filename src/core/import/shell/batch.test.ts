import { describe, expect, it } from 'vitest'
import { batchParser } from './batch.ts'
import { loadShellParser, type ShellParser } from './parser.ts'

const statementSpans = (file: Awaited<ReturnType<ShellParser>>) =>
  file.Stmts.map((statement) => [
    statement.Pos.Offset,
    statement.End.Offset,
    statement.Pos.Line,
    statement.Comments.length,
  ])

describe('batchParser', () => {
  it('answers each script with the statements a parse of that script alone gives, in one sh-syntax call', async () => {
    const parser = await loadShellParser()
    let calls = 0
    const counting: ShellParser = (text, dialect) => {
      calls += 1
      return parser(text, dialect)
    }
    const scripts = [
      'echo é > /tmp/a # note\nls',
      'cat <<EOF\nx\nEOF\nfoo \\\n  bar',
      'if true; then\n  a\nfi',
    ]
    const batched = await batchParser(counting, scripts)
    expect(calls).toBe(1)
    for (const script of scripts) {
      expect(statementSpans(await batched(script, 'posix'))).toEqual(
        statementSpans(await parser(script, 'posix')),
      )
    }
    expect(calls).toBe(1)
  })

  it('parses a script that breaks the batch on its own, and batches the others', async () => {
    const parser = await loadShellParser()
    const seen: string[] = []
    const recording: ShellParser = (text, dialect) => {
      seen.push(text)
      return parser(text, dialect)
    }
    const batched = await batchParser(recording, ['echo a', 'echo "open', 'echo b', 'echo c'])
    await expect(batched('echo "open', 'posix')).rejects.toBeTruthy()
    expect((await batched('echo c', 'posix')).Stmts).toHaveLength(1)
    // The failing batch, then the three good scripts together, then the bad one alone.
    const join = (texts: string[]) => texts.join('\n\n:\n')
    expect(seen).toEqual([
      join(['echo a', 'echo "open', 'echo b', 'echo c']),
      join(['echo a', 'echo b', 'echo c']),
      'echo "open',
    ])
  })
})
