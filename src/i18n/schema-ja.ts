import type { SchemaMessageKey } from './schema-en.ts'
import type { MessageTable } from './table.ts'

/** プレビューのYAMLスキーマのホバーテキスト（schema-en.ts と同じキー）。Monacoと一緒に読み込みます。 */
export const schemaJa: MessageTable<SchemaMessageKey> = {
  'schema.stages':
    'パイプラインのステージを実行順に並べたものです。同じステージのジョブは並列に実行されます。',
  'schema.job': 'ジョブです。imageで指定したイメージの中で、Runnerがコマンドを実行します。',
  'schema.stage': 'このジョブが属するステージです。',
  'schema.image': 'ジョブを実行するコンテナイメージです。',
  'schema.image.name':
    'イメージの参照です。kanikoには-debugイメージが必要です（シェルを含むのはdebugイメージのみ）。',
  'schema.image.entrypoint':
    'イメージのエントリーポイントをオーバーライドします。[""] にすると、/kaniko/executor ではなくジョブのスクリプトをRunnerが実行します。',
  'schema.variables': 'このジョブに設定するCI/CD変数です。',
  'schema.before_script': 'scriptの前に、同じシェルで実行するコマンドです。',
  'schema.script': 'ジョブのコマンドです。いずれかが失敗するとジョブは失敗します。',
  'schema.needs': 'ステージに関係なく、このジョブの開始前に完了している必要があるジョブです。',
  'schema.needs.job': 'このジョブが待つジョブの名前です。',
  'schema.rules': 'ジョブをパイプラインに追加するかを決めるルールです。最初に一致したルールが適用されます。',
  'schema.rules.if': 'CI/CD変数の式です。真のときにルールが一致します。',
  'schema.rules.when': 'ルールが一致したときの実行タイミング: on_success、manual、always、never。',
  'schema.artifacts':
    'ジョブの後もGitLabが保持するファイルです（それ以外はジョブのディレクトリとともに削除されます）。',
  'schema.artifacts.paths': '保持するファイル。プロジェクトディレクトリからの相対パスです。',
  'schema.artifacts.expire_in': 'GitLabがアーティファクトを保持する期間です。',
  'schema.tags': 'これらのタグをすべて持つRunnerだけがジョブを実行します。',
}
