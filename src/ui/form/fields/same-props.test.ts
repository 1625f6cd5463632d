import { describe, expect, it } from 'vitest'
import { sameFieldProps, samePath } from './same-props.ts'

describe('field props', () => {
  it('compares paths by their parts', () => {
    expect(samePath(['job', 'name'], ['job', 'name'])).toBe(true)
    expect(samePath(['build', 'buildArgs', 0, 'name'], ['build', 'buildArgs', 0, 'name'])).toBe(true)
    expect(samePath(['build', 'buildArgs', 0, 'name'], ['build', 'buildArgs', 1, 'name'])).toBe(false)
    expect(samePath(['build', 'buildArgs', 0], ['build', 'buildArgs', '0'])).toBe(false)
    expect(samePath(['job'], ['job', 'name'])).toBe(false)
  })

  it('keeps a field whose props are the same but for a path built anew', () => {
    expect(
      sameFieldProps({ path: ['job', 'stage'], value: 'build' }, { path: ['job', 'stage'], value: 'build' }),
    ).toBe(true)
    expect(
      sameFieldProps(
        { path: ['job', 'stage'], value: 'build', error: undefined },
        { path: ['job', 'stage'], value: 'build', error: undefined },
      ),
    ).toBe(true)
  })

  it('renders a field again when anything else differs', () => {
    const onChange = () => {}
    expect(
      sameFieldProps({ path: ['job', 'stage'], value: 'build' }, { path: ['job', 'stage'], value: 'test' }),
    ).toBe(false)
    expect(
      sameFieldProps({ path: ['job', 'stage'], value: 'a' }, { path: ['job', 'name'], value: 'a' }),
    ).toBe(false)
    expect(
      sameFieldProps<{ path: string[]; value: string; error?: string }>(
        { path: ['job', 'stage'], value: 'a' },
        { path: ['job', 'stage'], value: 'a', error: 'must not be empty' },
      ),
    ).toBe(false)
    // A callback made anew may close over other values: not the same.
    expect(sameFieldProps({ path: ['x'], onChange }, { path: ['x'], onChange: () => {} })).toBe(false)
    expect(sameFieldProps({ path: ['x'], onChange }, { path: ['x'], onChange })).toBe(true)
    const options = [{ value: 'a', label: 'A' }]
    expect(sameFieldProps({ path: ['x'], options }, { path: ['x'], options: [...options] })).toBe(false)
  })
})
