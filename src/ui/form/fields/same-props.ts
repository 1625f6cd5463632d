import type { Path } from '../../state/paths.ts'

/** Two paths to the same place (sections build their paths anew on every render). */
export function samePath(a: Path, b: Path): boolean {
  return a === b || (a.length === b.length && a.every((part, i) => part === b[i]))
}

/**
 * memo's comparison for the fields: the same props, with `path` compared by its parts. A keystroke
 * re-renders the section typed into; its other fields then stay as they are, and React does not
 * rewrite their inputs (React 19 resets an updated input's `name` and `type` attributes, which
 * makes the browser recompute its style).
 */
export function sameFieldProps<P extends { readonly path: Path }>(a: Readonly<P>, b: Readonly<P>): boolean {
  const keys = Object.keys(a) as (keyof P)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) =>
    key === 'path' ? samePath(a.path, b.path) : Object.hasOwn(b, key) && Object.is(a[key], b[key]),
  )
}
