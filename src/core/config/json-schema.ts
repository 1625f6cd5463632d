import * as z from 'zod/mini'
import { configSchema } from './schema.ts'

/** JSON Schema (draft 2020-12) of a config file: what `kanikoconfig schema` prints. Fields with defaults are optional. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
  return {
    ...schema,
    $id: 'https://kanikoconfig.invalid/config.schema.json',
    title: 'kanikoconfig configuration',
    description:
      'Input of `kanikoconfig generate --config FILE.json`. Every field is optional; omitted fields take their defaults. Holds names of CI/CD variables, never secret values.',
  }
}
