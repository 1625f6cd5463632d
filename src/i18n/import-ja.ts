import type { ImportMessageKey } from './import-en.ts'
import type { MessageTable } from './table.ts'

/** インポートのダイアログとレポートのメッセージ（import-en.ts と同じキー）。 */
export const importJa: MessageTable<ImportMessageKey> = {
  'import.title': '.gitlab-ci.yml をインポート',
  'import.intro':
    'パイプラインを貼り付けるか、ファイルを選んでください。読み込みはこのブラウザの中だけで行われ、送信、リンクへの記載、保存は一切されません。',
  'import.text': 'パイプラインのYAML',
  'import.file': 'ファイルを選択',
  'import.drop': 'または .gitlab-ci.yml をここにドロップ',
  'import.submit': 'インポート',
  'import.cancel': 'キャンセル',
  'import.reading': 'パイプラインを読み込んでいます…',
  'import.empty': '先にパイプラインを貼り付けるか、ファイルを選んでください。',
  'import.error': '{line}行{column}列: {message}',
  'import.fileError': 'ファイルを読み込めませんでした。',
  'import.noJob': 'このパイプラインにはkanikoのビルドジョブがありません。フォームは変更していません。',
  'import.failed': 'インポート機能を読み込めませんでした。接続を確認して、もう一度お試しください。',
  'import.report.heading': 'インポートのレポート',
  'import.report.summary': '{jobs} をインポートしました。元に戻す（Ctrl+Z）で以前のフォームに戻せます。',
  'import.report.close': 'インポートのレポートを閉じる',
  'import.unmapped.heading': '反映できなかったもの（{count}件）',
  'import.unmapped.none': 'すべて反映しました。',
  'import.changed.heading': '変更したもの（{count}件）',
  'import.changed.none': '変更はありません。',
  'import.findings.heading': '元のファイルの問題（{count}件）',
  'import.findings.none': '元のファイルに問題は見つかりませんでした。',
  'import.where': '{line}行目、{path}',
  'import.fix': '修正:',
  'import.diff.heading': '元のファイル（左）と再生成したもの（右）',
  'import.diff.close': '比較を閉じる',
  'import.diff.original': '元のパイプライン（読み取り専用）',
  'import.diff.regenerated': '再生成したパイプライン（読み取り専用）',
  'import.diff.loading': '比較を読み込んでいます…',
  'import.diff.failed': '比較を読み込めませんでした。',
}
