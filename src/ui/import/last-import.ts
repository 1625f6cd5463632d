import type { ImportResult } from '../../core/import/index.ts'

/** The last import, while its report or its comparison is open (page memory only: never stored). */
export interface LastImport {
  readonly original: string
  readonly result: ImportResult & { ok: true }
  readonly report: boolean
  readonly diff: boolean
}

/** Closes one part of the last import; once both are closed the original text is let go (null). */
export function closing(last: LastImport, part: 'report' | 'diff'): LastImport | null {
  const next = { ...last, [part]: false }
  return next.report || next.diff ? next : null
}
