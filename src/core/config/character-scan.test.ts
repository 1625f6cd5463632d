import { describe, expect, it } from 'vitest'
import { findRefusedCharacters } from './character-scan.ts'

describe('findRefusedCharacters', () => {
  it('names every text value holding refused characters, in document order', () => {
    const raw = {
      job: { name: 'ok', runnerTags: ['fine', 'a\u2028b\u2028', 'c\u0085'] },
      build: { context: 'x\u007fy', buildArgs: [{ name: 'A', value: '\u2029' }] },
      version: 2,
    }
    expect(findRefusedCharacters(raw)).toEqual([
      { path: 'job.runnerTags[1]', characters: ['\u2028'] },
      { path: 'job.runnerTags[2]', characters: ['\u0085'] },
      { path: 'build.context', characters: ['\u007f'] },
      { path: 'build.buildArgs[0].value', characters: ['\u2029'] },
    ])
  })

  it('finds nothing in clean or non-object input', () => {
    expect(findRefusedCharacters({ a: 'tab\there\nline', b: [1, null, true] })).toEqual([])
    expect(findRefusedCharacters(null)).toEqual([])
    expect(findRefusedCharacters('\u2028')).toEqual([{ path: '', characters: ['\u2028'] }])
  })
})
