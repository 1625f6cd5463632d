/**
 * Monaco's `base/common/strings.js` as the YAML worker's Monaco modules use it (see
 * `workerStrings` in vite.config.ts): the mirror models split lines, the RPC checks a method name's
 * first letter. The original module is mostly character tables (ambiguous and invisible characters,
 * grapheme breaks: ~52 KB) that the bundler keeps because their classes have static initialisers.
 * Same code as Monaco's (MIT).
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

export function isUpperAsciiLetter(code: number): boolean {
  return code >= 65 && code <= 90
}
