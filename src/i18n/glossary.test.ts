import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GLOSSARY } from './glossary.ts'

/** Catalogs whose every string is Japanese, and catalogs that keep en and ja side by side (`ja:`). */
const JAPANESE = [
  'src/i18n/ja.ts',
  'src/i18n/schema-ja.ts',
  'src/i18n/checks-ja.ts',
  'src/i18n/share-ja.ts',
  'src/i18n/catalog-ja.ts',
  'src/i18n/issues.ja.ts',
  'src/i18n/import-ja.ts',
  'src/core/diagnostics/messages/ja.ts',
]
const SIDE_BY_SIDE = ['src/core/import/findings.ts', 'src/core/import/reasons.ts']

const root = new URL('../../', import.meta.url)

/** The lines that hold Japanese text: not comments, imports or code without a string. */
function japaneseLines(path: string, sideBySide: boolean): { line: number; text: string }[] {
  const lines = readFileSync(new URL(path, root), 'utf8').split('\n')
  return lines
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => {
      const trimmed = text.trim()
      if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/**')) return false
      if (trimmed.startsWith('import ')) return false
      if (sideBySide) return /\bja:/.test(text)
      // Only the string literals of the line: keys and code (`executor.tag` paths) are not prose.
      return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text)
    })
}

/** A line's prose: its string contents without `${…}` and key names before the colon. */
function prose(text: string): string {
  const strings = [...text.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2] ?? '')
  return strings
    .filter((s) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s))
    .join(' ')
    .replace(/\$\{[^}]*\}/g, '')
}

describe('the Japanese glossary', () => {
  it('is followed by every Japanese catalog', () => {
    const seams: string[] = []
    for (const [path, sideBySide] of [
      ...JAPANESE.map((p) => [p, false] as const),
      ...SIDE_BY_SIDE.map((p) => [p, true] as const),
    ]) {
      for (const { line, text } of japaneseLines(path, sideBySide)) {
        const words = prose(text)
        for (const entry of GLOSSARY) {
          const found = entry.avoid.exec(words)
          if (found) seams.push(`${path}:${line}: "${found[0]}" → ${entry.ja} (${entry.term})`)
        }
      }
    }
    expect(seams).toEqual([])
  })

  it('catches the variants it names (the check is not empty)', () => {
    const samples = ['ランナーで実行', 'Executorではなく', '宛先', 'エントリーポイントを上書き']
    for (const sample of samples)
      expect(
        GLOSSARY.some((entry) => entry.avoid.test(sample)),
        sample,
      ).toBe(true)
    for (const fine of ['/kaniko/executor ではなく', 'gcr.io/kaniko-project/executor:debug', 'Runnerタグ'])
      expect(
        GLOSSARY.some((entry) => entry.avoid.test(fine)),
        fine,
      ).toBe(false)
  })
})
