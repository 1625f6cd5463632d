import { expect } from 'vitest'
import { type ImportedPipeline, importPipeline } from '../index.ts'

/** Imports YAML written in a test and fails the test on a YAML error. */
export async function importOk(yaml: string): Promise<ImportedPipeline> {
  const result = await importPipeline(yaml)
  if (!result.ok) expect.fail(`${result.error.line}:${result.error.column} ${result.error.message}`)
  return result
}

export const KANIKO_IMAGE = `
  image:
    name: gcr.io/kaniko-project/executor:v1.23.2-debug
    entrypoint: [""]`

/** A kaniko job around the given script lines (one YAML list item each). */
export function kanikoJob(script: string[], extra = ''): string {
  return `build:${KANIKO_IMAGE}
  script:
${script.map((line) => `    - ${line}`).join('\n')}
${extra}`
}
