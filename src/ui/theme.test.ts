import { afterEach, describe, expect, it, vi } from 'vitest'

describe('systemDark', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('evaluates the media query once and then reads its live answer', async () => {
    const query = { matches: false }
    const matchMedia = vi.fn(() => query)
    vi.stubGlobal('window', { matchMedia })
    const { systemDark } = await import('./theme.ts')
    expect(systemDark()).toBe(false)
    query.matches = true
    expect(systemDark()).toBe(true)
    expect(systemDark()).toBe(true)
    expect(matchMedia).toHaveBeenCalledTimes(1)
    expect(matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)')
  })
})
