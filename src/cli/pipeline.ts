import type { Lang, LocalizedFinding } from '../core/diagnostics/index.ts'
import type { ImportedPipeline, ImportFinding } from '../core/import/index.ts'
import { CliError, type CliIo } from './io.ts'
import { readTextInput } from './read-input.ts'
import { readInputFile } from './source.ts'

/**
 * Reads a `.gitlab-ci.yml` (a file, or "-" for standard input) and imports it. Broken YAML and a file
 * without a kaniko build job are bad input: one line naming the file, line and column.
 */
export async function importPipelineFile(
  file: string,
  io: CliIo,
  options: { job?: string | undefined } = {},
): Promise<ImportedPipeline & { config: NonNullable<ImportedPipeline['config']> }> {
  const name = file === '-' ? 'stdin' : file
  const text =
    file === '-' ? await readTextInput(io.stdin(), name) : await readInputFile(file, 'pipeline file')
  return importPipelineText(text, name, options)
}

export async function importPipelineText(
  text: string,
  name: string,
  options: { job?: string | undefined } = {},
): Promise<ImportedPipeline & { config: NonNullable<ImportedPipeline['config']> }> {
  const { importPipeline } = await import('../core/import/index.ts')
  const result = await importPipeline(text, options.job === undefined ? {} : { job: options.job })
  if (!result.ok) {
    const { line, column, message } = result.error
    throw new CliError(`${name}:${line}:${column}: ${message}`)
  }
  if (!result.config) {
    const reason =
      options.job === undefined ? 'no kaniko build job found' : `no kaniko build job named "${options.job}"`
    throw new CliError(`${name}: ${reason}`)
  }
  return result as ImportedPipeline & { config: NonNullable<ImportedPipeline['config']> }
}

/** An importer finding in the lint report's shape: its place in the file is its field. */
export function localizedImportFinding(finding: ImportFinding, lang: Lang): LocalizedFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    fields: [`line ${finding.line} (${finding.path})`],
    title: finding.title[lang],
    message: finding.message[lang],
    ...(finding.fix ? { fix: finding.fix[lang] } : {}),
  }
}

/** The import's findings, then the diagnostics of the config it maps to that the report does not make. */
export async function pipelineFindings(
  result: ImportedPipeline & { config: NonNullable<ImportedPipeline['config']> },
  lang: Lang,
): Promise<LocalizedFinding[]> {
  const { CATALOGS, diagnose, localizedFinding } = await import('../core/diagnostics/index.ts')
  const { withoutRestatements } = await import('../core/import/index.ts')
  return [
    ...result.findings.map((finding) => localizedImportFinding(finding, lang)),
    // A config diagnostic that says again what the import reports is left out (restated.ts).
    ...withoutRestatements(result, diagnose(result.config)).map((finding) =>
      localizedFinding(finding, CATALOGS[lang]),
    ),
  ]
}
