import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults.ts'
import type { Config } from '../../core/config/schema.ts'
import { en } from '../../i18n/en.ts'
import { currentImageText, offersLastRelease } from './kaniko-notice.ts'

const executor = (change: Partial<Config['executor']>): Config['executor'] => ({
  ...defaultConfig().executor,
  ...change,
})

function text(change: Partial<Config['executor']>): string {
  const { key, params } = currentImageText(executor(change))
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
}

describe('the kaniko notice', () => {
  it('calls only v1.24.0 Google’s last release', () => {
    expect(text({ source: 'google', tag: 'v1.24.0-debug' })).toBe(
      'You are using v1.24.0-debug, Google’s last release.',
    )
    expect(text({ source: 'google', tag: 'v1.14.0-debug' })).toBe(
      'You are using v1.14.0-debug, an older Google release; the last one is v1.24.0-debug.',
    )
    expect(text({ source: 'google', tag: 'debug-v0.19.0' })).toContain('an older Google release')
    expect(text({ source: 'google', tag: 'debug' })).toBe(
      'You are using the tag debug, which names no release; Google’s last release is v1.24.0-debug.',
    )
  })

  it('names the fork and custom images, Google’s own among them', () => {
    expect(text({ source: 'osscontainertools', tag: 'v1.28.3-debug' })).toBe(
      'You are using the maintained fork.',
    )
    expect(text({ source: 'custom', customImage: 'registry.example.com/kaniko:v1' })).toBe(
      'You are using a custom image.',
    )
    expect(text({ source: 'custom', customImage: 'gcr.io/kaniko-project/executor:v1.9.0-debug' })).toContain(
      'Google’s kaniko image as a custom image',
    )
  })

  it('offers the last release unless it is in use', () => {
    expect(offersLastRelease(executor({ source: 'google', tag: 'v1.24.0-debug' }))).toBe(false)
    expect(offersLastRelease(executor({ source: 'google', tag: 'v1.9.0-debug' }))).toBe(true)
    expect(offersLastRelease(executor({ source: 'osscontainertools' }))).toBe(true)
  })
})
