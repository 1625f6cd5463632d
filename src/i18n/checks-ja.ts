import type { ChecksMessageKey } from './checks-en.ts'
import type { MessageTable } from './table.ts'

/** 診断パネルとマーカーのメッセージ（checks-en.ts と同じキー）。 */
export const checksJa: MessageTable<ChecksMessageKey> = {
  'checks.heading': 'チェック',
  'checks.error.one': 'エラー1件',
  'checks.error.other': 'エラー{count}件',
  'checks.warning.one': '警告1件',
  'checks.warning.other': '警告{count}件',
  'checks.info.one': 'ヒント1件',
  'checks.info.other': 'ヒント{count}件',
  'checks.group.error': 'エラー',
  'checks.group.warning': '警告',
  'checks.group.info': 'ヒント',
  'checks.none': '既知の問題は見つかりませんでした。',
  'checks.fields': '対象:',
  'checks.goTo': '項目「{field}」へ移動',
  'checks.fixed': '修正しました: {title}。',
  'checks.fixBlocked': '先に無効な入力を直してください。修正は最後に有効だった設定に適用されるためです。',
  'checks.severity.error': 'エラー',
  'checks.severity.warning': '警告',
  'checks.severity.info': 'ヒント',
}
