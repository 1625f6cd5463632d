import type { ShareMessageKey } from './share-en.ts'
import type { MessageTable } from './table.ts'

/** 共有リンクのメッセージ（share-en.ts と同じキー）。 */
export const shareJa: MessageTable<ShareMessageKey> = {
  'link.copied': 'リンクをクリップボードにコピーしました。',
  'link.copiedWithout':
    'リンクをコピーしました。認証情報に見える次の値はリンクに含めていません: {fields}。秘密の値にはCI/CD変数を使ってください。',
  'link.tooLarge':
    'この設定はリンクにするには大きすぎます。コピーしたリンクは開けないため、ファイルをダウンロードしてください。',
  'link.copyFailed': 'リンクをコピーできませんでした。アドレスバーからコピーしてください。',

  'link.restore.title': '共有リンクを開きました',
  'link.restore.body': 'フォームにはリンクの設定が表示されています。以前の作業内容は保持されています。',
  'link.restore.button': '以前の作業内容に戻す',
  'link.restore.done': '以前の作業内容をフォームに戻しました。',
  'link.dismiss': '閉じる',
  framed:
    '別のサイト内に表示されているため、コピーと修正は動作しません。kanikoconfigを単独のタブで開いてください。',
  'saved.without':
    '保存していた作業を復元しました。認証情報に見える次の値は保存していません: {fields}。このブラウザーには保存されません。秘密の値にはCI/CD変数を使ってください。',

  'link.bad.title': 'このリンクはそのままでは開けません',
  'link.bad.kept': 'フォームの内容は変更していません。',
  'link.bad.received': '受け取った内容:',
  'link.bad.dropped': '読み取れなかった項目: {fields}。',
  'link.bad.partial':
    '一部の項目は読み取れました。フォームをその内容に置き換えることができます（それ以外の項目はデフォルト値になります）。',
  'link.bad.usePartial': '読み取れた内容を使う',
  'link.bad.keep': '現在の作業内容を残す',
  'link.bad.used': 'リンクから読み取れた値をフォームに反映しました。',

  'link.reason.empty': 'リンクに設定が含まれていません（「#」の後に何もありません）。',
  'link.reason.too-long': 'リンクが長すぎるため、設定として読み取れません。',
  'link.reason.no-version':
    'kanikoconfigのリンクではありません。「#2.」（以前の版で作ったリンクは「#1.」）の後に英数字が続く形式のはずです。',
  'link.reason.unknown-version': 'この番号のリンクを作成したkanikoconfigのバージョンはありません。',
  'link.reason.bad-character':
    'リンクに使えない文字が含まれています。途中で編集されたか、変換された可能性があります。',
  'link.reason.truncated': 'リンクが途中で切れています。リンク全体をもう一度コピーしてください。',
  'link.reason.corrupt': 'リンクが壊れています。データを展開できません。',
  'link.reason.checksum':
    'リンクが壊れています。チェックサムが一致しないため、一部の値が変わっている可能性があります。',
  'link.reason.too-large': 'リンクを展開すると、設定としてはありえないほど大きなデータになります。',
  'link.reason.not-json': 'リンクの内容を読み取れません。編集されたか、壊れている可能性があります。',
  'link.reason.not-object': 'リンクの内容が設定ではありません。',
  'link.reason.too-deep': 'リンクの内容の入れ子が、設定としてはありえないほど深くなっています。',
  'link.reason.future-link':
    '新しいバージョンのkanikoconfigで作成されたリンクです。最新のサイトで開くか、kanikoconfigを更新してください。',
  'link.reason.future-config':
    '新しいバージョンのkanikoconfigの設定が含まれています。最新のサイトで開くか、kanikoconfigを更新してください。',
  'link.reason.invalid-fields': 'リンクに無効な値が含まれています。',
  'link.reason.refused-characters':
    'GitLabが改行として読む（コマンドを隠せる）か受け付けない文字を含む値があります。',
  'link.bad.characters': '見つかった文字: {list}。',
  'link.reason.internal': 'kanikoconfigのエラーのため、リンクを読み取れませんでした。',

  'credential.label': '警告',
  'credential.url-userinfo':
    'URLにユーザー名とパスワードが含まれているようです。共有リンクには含めません。代わりに$PROXY_PASSWORDのようなCI/CD変数を使ってください。',
  'credential.private-key':
    '秘密鍵が含まれています。共有リンクには含めません。秘密鍵はファイルタイプのCI/CD変数に保存してください。',
  'credential.token':
    'パスワード、トークンまたは鍵のように見えます。共有リンクには含めません。代わりにマスクされたCI/CD変数を使ってください。',
}
