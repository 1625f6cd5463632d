import { describe, expect, it } from 'vitest'
import { saveWithPicker } from './save-file.ts'

/** A picker that records what it was asked and what was written. */
function fakePicker(name: string) {
  const seen: { options?: unknown; written: string[]; closed: boolean } = { written: [], closed: false }
  const view = {
    showSaveFilePicker: async (options: unknown) => {
      seen.options = options
      return {
        name,
        createWritable: async () => ({
          write: async (data: string) => {
            seen.written.push(data)
          },
          close: async () => {
            seen.closed = true
          },
        }),
      }
    },
  }
  return { view, seen }
}

describe('saveWithPicker', () => {
  it('asks for .gitlab-ci.yml as YAML and writes the whole text', async () => {
    const { view, seen } = fakePicker('.gitlab-ci.yml')
    expect(await saveWithPicker('a: 1\n', '.gitlab-ci.yml', view)).toEqual({
      kind: 'saved',
      name: '.gitlab-ci.yml',
    })
    expect(seen.options).toEqual({
      suggestedName: '.gitlab-ci.yml',
      types: [{ description: 'YAML', accept: { 'application/yaml': ['.yml', '.yaml'] } }],
    })
    expect(seen.written).toEqual(['a: 1\n'])
    expect(seen.closed).toBe(true)
  })

  it('reports the name the user chose', async () => {
    expect(await saveWithPicker('', '.gitlab-ci.yml', fakePicker('ci.yml').view)).toEqual({
      kind: 'saved',
      name: 'ci.yml',
    })
  })

  it('takes a cancelled picker as a cancel, a refused one as unsupported, a missing one as unsupported', async () => {
    const refuse = (name: string) => ({
      showSaveFilePicker: () => Promise.reject(new DOMException('no', name)),
    })
    expect(await saveWithPicker('', 'x', refuse('AbortError'))).toEqual({ kind: 'cancelled' })
    expect(await saveWithPicker('', 'x', refuse('SecurityError'))).toEqual({ kind: 'unsupported' })
    expect(await saveWithPicker('', 'x', {})).toEqual({ kind: 'unsupported' })
  })
})
