import type { ImageView } from '../../config/image-view.ts'
import { configOfView } from '../../config/image-view.ts'
import { configSchema } from '../../config/schema.ts'
import { type CredentialKind, childContext, redactText } from '../../config/secrets.ts'
import type { Context } from '../context.ts'
import { edit } from '../lib/edit.ts'
import { getPath, parsePath, setPath } from '../lib/paths.ts'
import type { Hit } from '../types.ts'
import { defineRule } from '../types.ts'

/**
 * Secrets typed into the config (src/core/config/secrets.ts finds them). The generated YAML is
 * committed to the repository and, for a proxy or build arg, baked into the image: a secret belongs
 * in a masked CI/CD variable, referenced by name.
 */

/** Cut the secret out of the field, when what is left is still a valid config. */
function redactFix(config: ImageView, path: string): ((c: ImageView) => ImageView) | undefined {
  const value = getPath(config, path)
  if (typeof value !== 'string') return undefined
  // A build argument's or label's value is read with its name, as the scan read it.
  const keys = parsePath(path)
  const key = keys[keys.length - 1] ?? ''
  const parent = getPath(config, path.slice(0, Math.max(0, path.lastIndexOf('.'))))
  const context =
    typeof parent === 'object' && parent !== null ? childContext(keys[keys.length - 3], parent, key) : {}
  const redacted = redactText(value, context)
  const apply = (c: ImageView) =>
    edit(c, (draft) => {
      if (getPath(draft, path) === value) setPath(draft, path, redacted)
    })
  return configSchema.safeParse(configOfView(apply(config))).success ? apply : undefined
}

function hitsOf(kind: CredentialKind) {
  return ({ config, credentials }: Context): Hit<'KC310' | 'KC311' | 'KC312'>[] =>
    credentials
      .filter((f) => f.kind === kind)
      .map(({ path }) => {
        const fix = redactFix(config, path)
        return { fields: [path], params: { field: path }, ...(fix ? { fix } : {}) }
      })
}

export const credentialRules = [
  defineRule({ code: 'KC310', name: 'credentials-in-url', severity: 'error', check: hitsOf('url-userinfo') }),
  defineRule({
    code: 'KC311',
    name: 'private-key-in-config',
    severity: 'error',
    check: hitsOf('private-key'),
  }),
  defineRule({ code: 'KC312', name: 'token-in-config', severity: 'error', check: hitsOf('token') }),
]
