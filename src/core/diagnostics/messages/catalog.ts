import type { Code, ParamsByCode } from '../params.ts'

/** The texts of one code in one language. */
export interface Entry<P> {
  /** A few words naming the problem. */
  readonly title: string
  /** What is wrong, what happens, and what to do, in one or two sentences. */
  readonly message: (p: P) => string
  /** The label of the fix button, when the rule offers a fix. */
  readonly fix?: (p: P) => string
}

/** One language's texts for every code; en.ts and ja.ts both have this type, so their codes match. */
export type Catalog = { readonly [K in Code]: Entry<ParamsByCode[K]> }
