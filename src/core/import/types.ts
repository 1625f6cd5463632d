import type { Reason } from './reasons.ts'

/** Where a value came from in the imported file: a YAML path (`build.script[2]`) and a 1-based line. */
export interface Origin {
  readonly path: string
  readonly line: number
}

/**
 * Something the importer could not read, or read but cannot reproduce (never dropped silently), or
 * reproduced in another form: where, and why (a reason code, its parameters and its English text).
 */
export interface Unmapped extends Origin, Reason {}

/** One piece of a shell word, after quote removal. `quoted` tells whether word splitting applies. */
export type WordPart =
  | { readonly kind: 'literal'; readonly value: string; readonly quoted: boolean }
  | { readonly kind: 'param'; readonly name: string; readonly raw: string; readonly quoted: boolean }
  | {
      readonly kind: 'command'
      readonly raw: string
      /** The simple commands inside `$(…)` / backquotes (pipelines flattened in order). */
      readonly commands: readonly SimpleCommand[]
      readonly quoted: boolean
    }

export interface Word {
  /** The word as written in the script (quotes included). */
  readonly raw: string
  readonly parts: readonly WordPart[]
  /** Offset in the joined script. */
  readonly offset: number
}

export interface Redirect {
  /** `>`, `>>`, `<`, `<<`, `<<-`, `2>&1`'s `>&`… */
  readonly op: string
  readonly fd: string | null
  readonly target: Word
  /** Heredoc body (for `<<`), with `$…` kept as parts unless the delimiter was quoted. */
  readonly heredoc: Word | null
}

/** A simple command as the shell runs it: argv words, assignments and redirections. */
export interface SimpleCommand {
  readonly words: readonly Word[]
  readonly assignments: readonly { readonly name: string; readonly value: Word }[]
  readonly redirects: readonly Redirect[]
  /** Inside an if/loop/case, or after `&&`/`||`: it may not run. */
  readonly conditional: boolean
  /** The command on the left of a `|`, when this one reads a pipe. */
  readonly pipedFrom: SimpleCommand | null
  readonly offset: number
  readonly end: number
}

/** A CI/CD variable as the job sees it. `literal` is its value with every reference expanded, if it can be. */
export interface JobVariable extends Origin {
  readonly name: string
  readonly value: string
  readonly literal: string | null
  readonly source: 'global' | 'job' | 'matrix' | 'component-input'
  readonly description?: string
}
