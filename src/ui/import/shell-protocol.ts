import type { File } from 'sh-syntax'
import type { ShellDialect } from '../../core/import/shell/parser.ts'

/** What the page asks the shell worker (shell.worker.ts) and what it answers. */
export interface ShellRequest {
  readonly id: number
  readonly text: string
  readonly dialect: ShellDialect
}

export type ShellResponse =
  | { readonly id: number; readonly ok: true; readonly file: File }
  | {
      readonly id: number
      readonly ok: false
      readonly error: {
        readonly message: string
        readonly Text?: string
        readonly Pos?: { Line: number; Col: number; Offset: number }
      }
    }
