import * as z from 'zod/mini'
import { FIELD_DESCRIPTIONS } from './descriptions.ts'
import { configSchema } from './schema.ts'

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; description?: string }

/** JSON Schema (draft 2020-12) of a config file: what `kanikoconfig schema` prints. Fields with defaults are optional. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  addDescriptions(schema as JsonSchema, '')
  return {
    ...schema,
    $id: 'https://kanikoconfig.invalid/config.schema.json',
    title: 'kanikoconfig configuration',
    description:
      'Input of `kanikoconfig generate --config FILE.json`. Every field is optional; omitted fields take their defaults. Holds names of CI/CD variables, never secret values.',
  }
}

/** Adds FIELD_DESCRIPTIONS to every property, following objects and the items of lists (`path[]`). */
function addDescriptions(node: JsonSchema, path: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key
    const description = FIELD_DESCRIPTIONS[childPath]
    if (description !== undefined) child.description = description
    addDescriptions(child, childPath)
    if (child.items) addDescriptions(child.items, `${childPath}[]`)
  }
}
