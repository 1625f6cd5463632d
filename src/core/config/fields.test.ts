import { afterEach, describe, expect, it, vi } from 'vitest'

describe('field types', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  it('write limits with thousands separators, as the catalogs translate them', async () => {
    const { shellText, withThousands } = await import('./fields.ts')
    expect(['0', '100', '1,000', '4,000', '12,345', '1,000,000']).toEqual(
      [0, 100, 1000, 4000, 12345, 1_000_000].map(withThousands),
    )
    const result = shellText.safeParse('x'.repeat(4001))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('must be at most 4,000 characters')
  })

  it('load without Intl number formatting (its first use costs the page 10-20 ms before hydration)', async () => {
    vi.resetModules()
    const formatted = vi.spyOn(Number.prototype, 'toLocaleString')
    const intl = vi.spyOn(Intl, 'NumberFormat')
    await import('./schema.ts')
    expect(formatted).not.toHaveBeenCalled()
    expect(intl).not.toHaveBeenCalled()
  })
})
