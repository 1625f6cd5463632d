/** Diagnostics: config -> findings with stable codes, en/ja texts and one-click fixes. */
export { diagnose, diagnoseInput } from './engine.ts'
export { INPUT_RULES } from './input-rules.ts'
export { CATALOGS } from './messages/all.ts'
export type { Catalog } from './messages/catalog.ts'
export type { Code, ParamsByCode } from './params.ts'
export { RULES } from './registry.ts'
export {
  findingsForField,
  type LocalizedFinding,
  localizedFinding,
  type Summary,
  summarize,
} from './summary.ts'
export { type FindingText, findingText } from './texts.ts'
export type { Finding, Fix, Lang, Severity } from './types.ts'
