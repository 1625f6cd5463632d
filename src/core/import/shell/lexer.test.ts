import { describe, expect, it } from 'vitest'
import { lexShell } from './lexer.ts'

const argv = (text: string) =>
  lexShell(text).commands.map((command) =>
    command.words.map((word) =>
      word.parts.map((part) => (part.kind === 'literal' ? part.value : `<${part.raw}>`)).join(''),
    ),
  )

describe('lexShell', () => {
  it('splits words with quotes, escapes and continuations', () => {
    expect(argv(`/kaniko/executor --context "\${CI_PROJECT_DIR}/a b" \\\n  --flag='x y' a\\ b`)).toEqual([
      ['/kaniko/executor', '--context', '<${CI_PROJECT_DIR}>/a b', '--flag=x y', 'a b'],
    ])
  })
  it('keeps parameters and command substitutions as parts', () => {
    const [command] = lexShell(
      'echo "{\\"auth\\":\\"$(printf "%s:%s" "$U" "$P" | base64 -w0)\\"}" > f',
    ).commands
    const parts = command?.words[1]?.parts ?? []
    expect(parts.map((part) => part.kind)).toEqual(['literal', 'command', 'literal'])
    const substitution = parts[1]
    expect(substitution?.kind === 'command' && substitution.commands.map((c) => c.words[0]?.raw)).toEqual([
      'printf',
      'base64',
    ])
    expect(command?.redirects.map((r) => [r.op, r.target.raw])).toEqual([['>', 'f']])
  })
  it('reads heredocs, if/else and && as conditional commands', () => {
    const result = lexShell(
      'cat > f <<EOF\n{"a": "$X"}\nEOF\nif [ -n "$A" ]; then a; else b; fi\nc && d # note\n',
    )
    expect(result.commands.map((c) => [c.words[0]?.raw, c.conditional])).toEqual([
      ['cat', false],
      ['[', true],
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', true],
    ])
    expect(result.commands[0]?.redirects[1]?.heredoc?.parts.map((p) => p.kind)).toEqual([
      'literal',
      'param',
      'literal',
    ])
    expect(result.comments.map((c) => c.text)).toEqual([' note'])
  })
  it('separates assignments and pipes', () => {
    const [a, b] = lexShell('X=1 Y="a b" cmd | tr -d x').commands
    expect(a?.assignments.map((x) => x.name)).toEqual(['X', 'Y'])
    expect(b?.pipedFrom).toBe(a)
  })

  it('ends `${…}` at the brace POSIX shells end it at (busybox, dash): quoted and bare braces do not count', () => {
    expect(argv('a ${X:+"{${Y}=${X}"} b')).toEqual([['a', '<${X:+"{${Y}=${X}"}>', 'b']])
    expect(argv('a ${X:+{a}b} ${X:+"}"} ${X:+\'}\'} ${X:+\\}} c')).toEqual([
      ['a', '<${X:+{a}>b}', '<${X:+"}"}>', "<${X:+'}'}>", '<${X:+\\}}>', 'c'],
    ])
    // Inside double quotes a single quote is a character (POSIX; bash differs).
    expect(argv(`a "\${X:+'a}b'}" c`)).toEqual([['a', "<${X:+'a}>b'}", 'c']])
  })

  it('keeps arithmetic in one word and reports it; a trailing backslash ends the text', () => {
    const result = lexShell('echo $((1 + (2))) x')
    expect(result.commands[0]?.words.map((word) => word.raw)).toEqual(['echo', '$((1 + (2)))', 'x'])
    expect(result.skipped).toEqual([expect.objectContaining({ kind: 'arithmetic', raw: '$((1 + (2)))' })])
    expect(lexShell('a \\').commands[0]?.end).toBe(3)
  })
})
