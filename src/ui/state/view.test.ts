import { describe, expect, it } from 'vitest'
import { initialState, reducer } from './store.ts'

describe('the pane shown below the two-pane width', () => {
  it('starts with the form (the prerendered page shows it), and switches on request', () => {
    const start = initialState('en')
    expect(start.view).toBe('form')
    const yaml = reducer(start, { type: 'setView', view: 'yaml' })
    expect(yaml.view).toBe('yaml')
    expect(reducer(yaml, { type: 'setView', view: 'yaml' })).toBe(yaml)
  })

  it('shows the form when a field is gone to (a finding’s field from the checks in the YAML view)', () => {
    const yaml = reducer(initialState('en'), { type: 'setView', view: 'yaml' })
    const opened = reducer(yaml, { type: 'openSection', id: 'proxy' })
    expect(opened.view).toBe('form')
    expect(opened.open.proxy).toBe(true)
    // An open section too: the form is still what shows.
    expect(
      reducer(reducer(opened, { type: 'setView', view: 'yaml' }), { type: 'openSection', id: 'proxy' }).view,
    ).toBe('form')
  })
})
