/** Diagnostics: config -> findings with stable codes, en/ja texts and one-click fixes. */
export { diagnose, diagnoseInput } from './engine.ts'
export { INPUT_RULES } from './input-rules.ts'
export type { Code, ParamsByCode } from './params.ts'
export { RULES } from './registry.ts'
export {
  findingsForField,
  type LocalizedFinding,
  localizedFinding,
  type Summary,
  summarize,
} from './summary.ts'
export type { Finding, Fix, Lang, Localized, Severity } from './types.ts'
