import { findRefusedCharacters } from '../config/character-scan.ts'
import { codePoint } from '../config/characters.ts'
import { type AnyInputRule, defineInputRule } from './types.ts'

/**
 * Checks of the raw input, before the schema (which refuses the same values with one message per
 * field): here each value is named with the characters it holds, under a code `lint` can report.
 */
export const INPUT_RULES: readonly AnyInputRule[] = [
  defineInputRule({
    code: 'KC701',
    name: 'yaml-misread-character',
    severity: 'error',
    check: (raw) =>
      findRefusedCharacters(raw).map(({ path, characters }) => ({
        fields: [path],
        params: { field: path, characters: characters.map(codePoint).join(', ') },
      })),
  }),
]
