import type { Config } from '../../config/schema.ts'

/** A CA read from a file path: its field, the path, and its place in `more` (-1: the first CA). */
export interface PathCa {
  readonly field: string
  readonly path: string
  readonly index: number
}

/** The CAs of source `path`, the first CA's and those of `certificates.more`, in order. */
export function pathCas(certificates: Config['certificates']): PathCa[] {
  return [
    ...(certificates.source === 'path'
      ? [{ field: 'certificates.path', path: certificates.path, index: -1 }]
      : []),
    ...certificates.more.flatMap((ca, i) =>
      ca.source === 'path' ? [{ field: `certificates.more[${i}].value`, path: ca.value, index: i }] : [],
    ),
  ]
}
