/**
 * Whether a YAML 1.1 parser could read `text`, written as a plain (unquoted) scalar, as something
 * other than this very string. GitLab reads `.gitlab-ci.yml` with Ruby's Psych (YAML 1.1), where
 * `yes`/`on`/`off` are booleans, `1:20`, `0b101`, `1_000` and `1,000` numbers, `2024-01-01` a date
 * (which GitLab refuses), `:name` a Symbol; the `yaml` library (YAML 1.2) writes all of them plain.
 * The generator quotes such values (document.ts). The patterns cover the YAML 1.1 type repository
 * and Psych's own reading (which is case-insensitive and allows commas in numbers); quoting a value
 * that did not need it is harmless, missing one is not (the unit test checks them against Psych).
 */
export function isYaml11NonString(text: string): boolean {
  return YAML11_NON_STRINGS.some((pattern) => pattern.test(text))
}

const YAML11_NON_STRINGS: readonly RegExp[] = [
  // Empty, null and booleans (the spec's y/n too, though Psych reads those as text).
  /^(?:|~|null|y|n|yes|no|true|false|on|off)$/i,
  // Integers: binary, octal (0o and leading 0), decimal, hexadecimal; `_` and Psych's `,` in them.
  /^[-+]?(?:0b[0-1_,]*|0o?[0-7_,]*|0x[0-9a-f_,]*|[0-9][0-9_,]*)$/i,
  // Floats (`.5`, `1.`, `1e3`, `6.8e+5`) and the special ones.
  /^[-+]?(?=\.?[0-9])(?:[0-9][0-9_,]*)?(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?$/i,
  /^[-+]?\.(?:inf|nan)$/i,
  // Sexagesimal integers and floats (`1:20`, `190:20:30.15`).
  /^[-+]?[0-9][0-9_]*(?::[0-9_]+)+(?:\.[0-9_]*)?$/,
  // Dates and timestamps (`2024-01-01`, `2024-01-01T10:00:00Z`, `2001-12-14 21:59:43.10 -5`).
  /^-?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|\s+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:\s*(?:z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/i,
  // Psych's Symbols (`:name`), the merge key and YAML 1.1's value key.
  /^:./,
  /^(?:<<|=)$/,
]
