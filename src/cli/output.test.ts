import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { EXIT } from './io.ts'
import { handleOutputErrors } from './output.ts'

function fakeProcess() {
  const written: string[] = []
  const exits: number[] = []
  const stdout = Object.assign(new EventEmitter(), {
    destroyed: false,
    destroy() {
      stdout.destroyed = true
    },
  })
  const stderr = Object.assign(new EventEmitter(), {
    write(text: string) {
      written.push(text)
    },
  })
  handleOutputErrors({ stdout, stderr, exit: (code) => exits.push(code) })
  const fail = (code: string, message = `${code}: write failed`) =>
    stdout.emit('error', Object.assign(new Error(message), { code }))
  return { stdout, stderr, written, exits, fail }
}

describe('handleOutputErrors', () => {
  it('stops quietly on EPIPE and leaves the exit status to the command', () => {
    const run = fakeProcess()
    run.fail('EPIPE')
    run.fail('ERR_STREAM_DESTROYED') // the next write after the pipe closed
    expect(run).toMatchObject({ written: [], exits: [] })
    expect(run.stdout.destroyed).toBe(true)
  })

  it.each([
    ['ENOSPC', 'no space left on device (ENOSPC)'],
    ['EIO', 'input/output error (EIO)'],
    ['EWHATEVER', 'EWHATEVER: write failed'],
  ])('reports %s once, on one line, with exit status 4', (code, reason) => {
    const run = fakeProcess()
    run.fail(code)
    run.fail(code)
    expect(run.written).toEqual([`kanikoconfig: cannot write the output: ${reason}\n`])
    expect(run.exits).toEqual([EXIT.output])
  })

  it('keeps a multi-line message on one line', () => {
    const run = fakeProcess()
    run.fail('', 'first\n  second')
    expect(run.written).toEqual(['kanikoconfig: cannot write the output: first second\n'])
  })

  it('swallows errors of stderr itself (nowhere left to report them)', () => {
    const run = fakeProcess()
    expect(() => run.stderr.emit('error', new Error('EPIPE'))).not.toThrow()
    expect(run.exits).toEqual([])
  })
})
