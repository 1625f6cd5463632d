import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalog as enCatalog } from './catalog-en.ts'
import { catalog as jaCatalog } from './catalog-ja.ts'
import { en } from './en.ts'
import { createTranslate, format, loadCatalog, pickLanguage } from './index.ts'
import { JA_ISSUES } from './issues.ja.ts'
import { translateIssue } from './issues.ts'
import { ja } from './ja.ts'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('message files', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort())
  })

  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('have no empty message', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(ja)]) {
      expect(value.trim(), key).not.toBe('')
    }
  })

  it('use GitLab’s Japanese terms', () => {
    const all = Object.values(ja).join('\n')
    for (const term of [
      'パイプライン',
      'ジョブ',
      'Runner',
      'CI/CD変数',
      'コンテナレジストリ',
      '依存プロキシ',
      'タグ',
      'マージリクエスト',
      'デフォルトブランチ',
    ]) {
      expect(all).toContain(term)
    }
  })
})

describe('format and translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })

  it('translates by language', () => {
    expect(createTranslate(enCatalog)('section.changed', { count: 2 })).toBe('2 changed')
    expect(createTranslate(jaCatalog)('section.changed', { count: 2 })).toBe('2件変更')
    expect(createTranslate(jaCatalog).has('field.images.name.label')).toBe(true)
    expect(createTranslate(jaCatalog).has('field.images.name.item')).toBe(false)
  })

  it('loads each language’s catalog on demand', async () => {
    expect((await loadCatalog('ja')).messages).toBe(ja)
    expect((await loadCatalog('en')).messages).toBe(en)
  })
})

describe('pickLanguage', () => {
  it('takes the first supported language by primary subtag', () => {
    expect(pickLanguage(['ja-JP', 'en-US'])).toBe('ja')
    expect(pickLanguage(['fr-FR', 'en-GB', 'ja'])).toBe('en')
    expect(pickLanguage(['de', 'JA'])).toBe('ja')
  })

  it('falls back to English', () => {
    expect(pickLanguage([])).toBe('en')
    expect(pickLanguage(['ko-KR'])).toBe('en')
  })
})

describe('translateIssue', () => {
  it('translates the core’s messages into Japanese', () => {
    expect(translateIssue('must not be empty', JA_ISSUES)).toBe('入力してください')
    expect(translateIssue('must be one of "a", "b"', JA_ISSUES)).toBe(
      '次のいずれかを指定してください: "a", "b"',
    )
    expect(createTranslate(jaCatalog).issue('needs at least one tag')).toBe('タグが1つ以上必要です')
    expect(translateIssue('must not contain U+2028 (line separator)', JA_ISSUES)).toBe(
      'U+2028（行区切り）は使えません',
    )
    expect(translateIssue('must not contain U+0007 (control character)', JA_ISSUES)).toBe(
      'U+0007（制御文字）は使えません',
    )
  })

  it('rewrites zod’s generic messages in both languages', () => {
    expect(translateIssue('Invalid input: expected number, received NaN', {})).toBe('must be a whole number')
    expect(translateIssue('Too small: expected string to have >=1 characters', {})).toBe('must not be empty')
    expect(translateIssue('Invalid input: expected number, received NaN', JA_ISSUES)).toBe(
      '整数を入力してください',
    )
  })

  it('has a Japanese text for every message the config schema writes', () => {
    const source = ['schema.ts', 'fields.ts']
      .map((file) => readFileSync(new URL(`../core/config/${file}`, import.meta.url), 'utf8'))
      .join('\n')
    // Quoted literals that read as a validation message ('must …', 'needs …', 'is a …').
    const messages = [...source.matchAll(/(['"])((?:must|needs|is a) (?:(?!\1).)*)\1/g)].map((m) => m[2])
    expect(messages.length).toBeGreaterThan(25)
    expect(messages.filter((m) => !(m && m in JA_ISSUES))).toEqual([])
  })

  it('keeps unknown messages as they are', () => {
    expect(translateIssue('something new', JA_ISSUES)).toBe('something new')
  })
})
