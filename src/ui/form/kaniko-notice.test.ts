import { describe, expect, it } from 'vitest'
import { GOOGLE_EXECUTOR } from '../../core/catalog/executors.ts'
import { defaultConfig } from '../../core/config/defaults.ts'
import type { Config } from '../../core/config/schema.ts'
import { en } from '../../i18n/en.ts'
import { ja } from '../../i18n/ja.ts'
import { currentImageKey } from './kaniko-notice.ts'

const text = (change: Partial<Config['executor']>, messages: Record<string, string> = en) => {
  const executor = { ...defaultConfig().executor, ...change }
  return (messages[currentImageKey(executor)] ?? '').replace('{tag}', executor.tag)
}

describe('the kaniko notice', () => {
  it('calls every version but the last release’s older, and names the tag', () => {
    expect(GOOGLE_EXECUTOR.defaultTag).toBe('v1.24.0-debug')
    expect(en['notice.archived']).toContain('v1.24.0 was its last release')
    expect(text({ source: 'google', tag: 'v1.24.0-debug' })).toBe('You are using v1.24.0-debug.')
    expect(text({ source: 'google', tag: 'v1.24.0' })).toBe('You are using v1.24.0.')
    expect(text({ source: 'google', tag: 'v1.14.0-debug' })).toBe(
      'You are using v1.14.0-debug, an older release.',
    )
    expect(text({ source: 'google', tag: 'debug-v0.19.0' })).toBe(
      'You are using debug-v0.19.0, an older release.',
    )
    expect(text({ source: 'google', tag: 'debug' })).toBe('You are using debug.')
    expect(text({ source: 'google', tag: 'v1.9.0-debug' }, ja)).toBe(
      '現在は古いリリースv1.9.0-debugを使用しています。',
    )
    expect(text({ source: 'google', tag: 'v1.24.0-debug' }, ja)).toBe('現在はv1.24.0-debugを使用しています。')
  })

  it('names the fork and custom images', () => {
    expect(text({ source: 'osscontainertools', tag: 'v1.28.3-debug' })).toBe(
      'You are using the maintained fork.',
    )
    expect(text({ source: 'custom', customImage: 'registry.example.com/kaniko:v1' })).toBe(
      'You are using a custom image.',
    )
  })
})
