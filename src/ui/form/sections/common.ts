import type { FieldErrors } from '../../state/errors.ts'
import { type Path, pathKey } from '../../state/paths.ts'

/** The error of one field, looked up in its section's errors. */
export const errorAt = (errors: FieldErrors, path: Path): string | undefined => errors[pathKey(path)]

export const errorTotal = (errors: FieldErrors): number => Object.keys(errors).length

export interface SectionProps {
  readonly errors: FieldErrors
  readonly open: boolean
}
