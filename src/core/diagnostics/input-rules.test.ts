import { describe, expect, it } from 'vitest'
import { PRESET_NAMES, PRESETS } from '../config/presets.ts'
import { diagnoseInput } from './engine.ts'
import { en } from './messages/en.ts'
import { ja } from './messages/ja.ts'
import { localizedFinding } from './summary.ts'

describe('KC701 yaml-misread-character', () => {
  it('names each value holding a character GitLab misreads, with the characters, in both languages (in version 2 paths, even for a version 1 input)', () => {
    const raw = { job: { runnerTags: ['a\u2028b'] }, build: { context: 'x\u007f\u0085' } }
    const findings = diagnoseInput(raw)
    expect(findings.map((f) => localizedFinding(f, en))).toEqual([
      expect.objectContaining({
        code: 'KC701',
        severity: 'error',
        fields: ['images[0].runnerTags[0]'],
        message: expect.stringMatching(
          /^images\[0\]\.runnerTags\[0\] holds U\+2028: GitLab reads it as a line break/,
        ),
      }),
      expect.objectContaining({
        fields: ['images[0].context'],
        message: expect.stringContaining('holds U+007F, U+0085: '),
      }),
    ])
    expect(localizedFinding(findings[0] as never, ja).message).toMatch(
      /^images\[0\]\.runnerTags\[0\] に U\+2028 が含まれています。/,
    )
  })

  it('finds nothing in any preset', () => {
    for (const name of PRESET_NAMES) expect(diagnoseInput(PRESETS[name]), name).toEqual([])
  })
})
