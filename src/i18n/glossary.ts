/**
 * The Japanese words for kanikoconfig's terms, as GitLab's Japanese documentation writes them, and
 * the variants that read as a translation seam. glossary.test.ts checks every Japanese catalog.
 */
export interface GlossaryEntry {
  /** The English term. */
  readonly term: string
  /** The Japanese word to use. */
  readonly ja: string
  /** Japanese spellings to avoid for this term. */
  readonly avoid: RegExp
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: 'runner', ja: 'Runner', avoid: /ランナー/ },
  { term: 'runner tag', ja: 'Runnerタグ', avoid: /Runnerのタグ/ },
  {
    term: 'override the entrypoint',
    ja: 'エントリーポイントをオーバーライド',
    avoid: /エントリーポイント(?:を|が)上書き/,
  },
  { term: 'destination', ja: 'プッシュ先', avoid: /宛先/ },
  // "Executor" alone reads as the Runner's executor: name kaniko's image or its binary instead.
  {
    term: 'executor (kaniko)',
    ja: 'kanikoイメージ / /kaniko/executor',
    avoid: /(?<![/\w.-])[Ee]xecutor(?![.\w/-])/,
  },
  { term: 'custom CA', ja: 'カスタムCA', avoid: /独自のCA|カスタム認証局/ },
  {
    term: 'File-type CI/CD variable',
    ja: 'ファイルタイプのCI/CD変数',
    avoid: /ファイル型の?(?:CI\/CD)?変数/,
  },
  { term: 'masked CI/CD variable', ja: 'マスクされたCI/CD変数', avoid: /マスク済みの?(?:CI\/CD)?変数/ },
  { term: 'tag pipeline', ja: 'タグパイプライン', avoid: /タグのパイプライン/ },
  { term: 'merge request', ja: 'マージリクエスト', avoid: /マージ要求/ },
]
