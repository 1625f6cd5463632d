import './environment.ts'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/languages/definitions/yaml/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/folding/register'
// The codicon font (folding chevrons, hover icons): only the code-action menu brought it in before.
import 'monaco-editor/features/codicon/register'
import { configureMonacoYaml, type JSONSchema, type MonacoYaml, type MonacoYamlOptions } from 'monaco-yaml'
import { CI_SCHEMA_URI, PREVIEW_MODEL_URI } from '../ci-schema.ts'
import { withLegacyCreateWebWorker } from './compat.ts'

/**
 * Monaco with only what the read-only preview uses (YAML with hover, markers and folding), and monaco-yaml.
 * monaco-yaml starts with the first schema it gets, so its worker is created once, not twice.
 */
const yamlOptions: MonacoYamlOptions = {
  enableSchemaRequest: false,
  completion: false,
  format: { enable: false },
  validate: true,
  hover: true,
}

let monacoYaml: MonacoYaml | undefined

/** Validates and explains the preview with `schema` (our own, in the page's language). */
export function setPreviewSchema(schema: JSONSchema): void {
  const options = {
    ...yamlOptions,
    schemas: [{ uri: CI_SCHEMA_URI, fileMatch: [PREVIEW_MODEL_URI], schema }],
  }
  if (monacoYaml) void monacoYaml.update(options)
  else {
    const adapted = withLegacyCreateWebWorker(monaco) as unknown as Parameters<typeof configureMonacoYaml>[0]
    monacoYaml = configureMonacoYaml(adapted, options)
  }
}

/** Monaco's dark theme with comments light enough for WCAG AA contrast (vs-dark's #6A9955 is 4.1:1). */
monaco.editor.defineTheme('kanikoconfig-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '8FC17F' }],
  colors: {},
})

export const themeFor = (dark: boolean) => (dark ? 'kanikoconfig-dark' : 'vs')

export { monaco }
