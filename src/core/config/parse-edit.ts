import { type ParseResult, parseConfig } from './parse.ts'
import { CONFIG_VERSION, type Config, configSections, imageSchema, pipelineIssues } from './schema.ts'

/**
 * parseConfig of a valid config's draft after one edit at `path`, validating only what the edit can
 * have changed: the top-level section it is in (or, in `images`, its image), then the rules across
 * fields. The same schema decides (configSchema's own parts), so the result is what parseConfig(draft)
 * returns (parse-edit.test.ts proves it on random configs and edits) as long as the caller's
 * promise holds: `valid` is parseConfig's config of the draft before the edit, and the edit changed
 * nothing outside `path` (setIn keeps every other branch). Anything else (an invalid part, a
 * changed number of images, a cross-field issue) goes through parseConfig itself, so the issues are
 * reported as it reports them.
 */
export function parseEdit(valid: Config, draft: unknown, path: readonly (string | number)[]): ParseResult {
  const edited = editedConfig(valid, draft, path)
  return edited && pipelineIssues(edited).length === 0 ? { ok: true, config: edited } : parseConfig(draft)
}

function editedConfig(valid: Config, draft: unknown, path: readonly (string | number)[]): Config | undefined {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return undefined
  const record = draft as Record<string, unknown>
  const [section, index] = path
  if (
    record.version !== CONFIG_VERSION ||
    typeof section !== 'string' ||
    !Object.hasOwn(configSections, section)
  )
    return undefined
  const images = record.images
  if (
    section === 'images' &&
    typeof index === 'number' &&
    Array.isArray(images) &&
    images.length === valid.images.length &&
    index < images.length
  ) {
    const image = imageSchema.safeParse(images[index])
    return image.success ? { ...valid, images: valid.images.with(index, image.data) } : undefined
  }
  const part = configSections[section as keyof typeof configSections].safeParse(record[section])
  return part.success ? { ...valid, [section]: part.data } : undefined
}
