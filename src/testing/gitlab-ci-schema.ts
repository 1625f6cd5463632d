import * as fs from 'node:fs'
import { createRequire } from 'node:module'

/**
 * GitLab's CI JSON schema as gitlab-ci-local 4.73.0 bundles and patches it, compiled once per
 * process with the same Ajv options, so every random pipeline can be schema-checked in about 0.1 ms
 * (the CLI takes ~0.5 s per pipeline, most of it compiling this schema). It complements the CLI
 * (gitlab-ci-local.ts), which also checks stages, needs and scripts, on a sample.
 *
 * The bundle inlines the schema as an object literal and exports nothing, so it is cut out of
 * dist/index.js; ajv comes from gitlab-ci-local's own dependencies.
 */

const require = createRequire(import.meta.url)
const CLI = require.resolve('gitlab-ci-local/dist/index.js')
const MARKER = '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"'

type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null
}

let validator: Validate | undefined

/** The schema object literal, cut out of the bundle by matching brackets outside strings. */
export function bundledGitlabCiSchema(): Record<string, unknown> {
  const source = fs.readFileSync(CLI, 'utf8')
  const start = source.indexOf(MARKER)
  if (start < 0 || source.indexOf(MARKER, start + 1) >= 0) {
    throw new Error('GitLab CI schema not found exactly once in gitlab-ci-local/dist/index.js')
  }
  let depth = 0
  let inString = false
  let end = start
  for (; end < source.length; end++) {
    const c = source[end]
    if (inString) {
      if (c === '\\') end++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) break
    } else if (c === '`' || c === "'") throw new Error(`unexpected quote in the bundled schema at ${end}`)
  }
  // A literal of strings, numbers and minified booleans (!0, !1): evaluating it runs no other code.
  return new Function(`return ${source.slice(start, end + 1)}`)() as Record<string, unknown>
}

/** gitlab-ci-local's patches (src/schema.ts): patterns too strict for unexpanded variables. */
function patch(schema: Record<string, unknown>): void {
  // biome-ignore lint/suspicious/noExplicitAny: walking an untyped JSON schema
  const d = schema.definitions as any
  delete d.include_item.oneOf[0].pattern
  delete d.cache_item.properties.key.oneOf[0].pattern
  delete d.job_template.properties.environment.oneOf[1].properties.name.minLength
  delete d.job_template.properties.environment.oneOf[1].properties.url.pattern
  for (const key of ['gclInjectSSHAgent', 'gclInteractive', 'gclArtifactsToSource']) {
    d.job_template.properties[key] = { type: 'boolean' }
  }
  d.job_template.properties.gclDescription = { type: 'string' }
}

function getValidator(): Validate {
  if (validator) return validator
  const schema = bundledGitlabCiSchema()
  patch(schema)
  validator = compileSchema(schema)
  return validator
}

/** A draft-07 schema compiled with the Ajv (and options) the GitLab schema is checked with. */
export function compileSchema(schema: Record<string, unknown>): Validate {
  const fromGcl = createRequire(CLI)
  const ajvModule = fromGcl('ajv') as { default?: new (o: object) => { compile(s: object): Validate } }
  const Ajv = (ajvModule.default ?? ajvModule) as new (o: object) => { compile(s: object): Validate }
  const ajv = new Ajv({
    verbose: true,
    allErrors: true,
    allowUnionTypes: true,
    validateFormats: false,
    strictTypes: false,
    keywords: ['markdownDescription'],
  })
  return ajv.compile(schema)
}

/** Schema violations of a parsed pipeline (empty when it conforms), as `path: message`. */
export function gitlabCiSchemaErrors(document: unknown): string[] {
  const validate = getValidator()
  if (validate(document)) return []
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  )
}
