import { describe, expect, it } from 'vitest'
import { framedByAnotherOrigin } from './framing.ts'

describe('framedByAnotherOrigin', () => {
  it('is false for a page in its own tab', () => {
    const view = { location: { href: 'https://kanikoconfig.example/' } }
    expect(framedByAnotherOrigin({ top: view, self: view })).toBe(false)
  })

  it('is false in a frame of the same origin, whose location can be read', () => {
    const top = { location: { href: 'https://kanikoconfig.example/embed' } }
    expect(framedByAnotherOrigin({ top, self: {} })).toBe(false)
  })

  it('is true in a frame of another origin, whose location throws', () => {
    const top = {
      get location(): { href: string } {
        throw new DOMException('Blocked a frame with origin', 'SecurityError')
      },
    }
    expect(framedByAnotherOrigin({ top, self: {} })).toBe(true)
  })
})
