/**
 * Stands in for prettier inside monaco-yaml's worker (see the alias in vite.config.ts). The preview
 * is read-only and formatting is switched off (`format.enable: false`), so this is never called.
 */
export async function format(): Promise<string> {
  throw new Error('formatting is not available in the kanikoconfig preview')
}
export const parsers = {}
export const printers = {}
export const options = {}
export const languages = []
export default {}
