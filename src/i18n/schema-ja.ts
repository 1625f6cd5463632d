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
  'schema.template':
    '隠しジョブ（名前がドットで始まる）です。それ自体は実行されず、これを継承するジョブに共通の設定を持ちます。',
  'schema.extends': 'このジョブが設定を引き継ぐ隠しジョブです。このジョブ自身のキーが優先されます。',
  'schema.parallel': 'ジョブを並列に複数回実行します。',
  'schema.parallel.matrix': '行ごとに1つのジョブを、その行の変数で実行します。',
  'schema.services': 'ジョブと一緒に起動するサービスコンテナです。',
  'schema.timeout': 'ジョブが停止されるまでに実行できる時間です。',
  'schema.resource_group': 'パイプラインをまたいで、このグループのジョブは一度に1つだけ実行されます。',
  'schema.retry': '失敗したジョブを再試行する回数と、再試行する失敗の種類です。',
  'schema.interruptible': '同じrefの新しいパイプラインがこのジョブをキャンセルできるかどうかです。',
  'schema.rules.changes': 'これらのファイルのいずれかが変更されたときにルールが一致します。',
  'schema.rules.exists': 'これらのファイルのいずれかがリポジトリにあるときにルールが一致します。',
  'schema.rules.allow_failure': 'ジョブが失敗してもパイプラインを続けるかどうかです。',
}
