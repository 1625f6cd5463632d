import { openDockerAuthConfig, readDockerAuthConfig } from '../../generate/docker-auth-config.ts'
import { registryHostCheck } from '../../generate/host-check.ts'
import { wordText } from '../shell/words.ts'
import type { SimpleCommand, Word } from '../types.ts'
import { programName } from './commands.ts'

/**
 * The generator's own `case … esac`, read as part of what it belongs to rather than listed as not
 * read: the check that a registry host variable holds a host (generate/host-check.ts), and the two
 * of the DOCKER_AUTH_CONFIG form (generate/docker-auth-config.ts): the check that `$1` holds a JSON object
 * (right after `set -- "${VAR}"` or `set -- "$(cat "${VAR}")"`, naming that VAR), and the comma
 * after the object's opening brace (right after `set -- "${1%\}*}"`). Only the generator's exact
 * text counts; any other `case` stays listed.
 */
export function isGeneratedCase(raw: string, offset: number, commands: readonly SimpleCommand[]): boolean {
  if (isHostCheck(raw)) return true
  const before = commands.filter((command) => command.offset < offset)
  const word = setWord(before.at(-1))
  if (!word) return false
  const [trim, open] = openDockerAuthConfig()
  // The opening comes after `set -- "${1%\}*}"`, which follows the variable's check.
  if (raw === String(open)) return `set -- ${word.raw}` === String(trim) && isCheck(before.slice(0, -1))
  const variable = readVariable(word)
  if (!variable) return false
  const expected = readDockerAuthConfig({ source: variable.source, variable: variable.name, merge: true })
  return String(expected[0]) === `set -- ${word.raw}` && String(expected[1]) === raw
}

/** `case $VAR in ""|*[![:alnum:].:-]*) … esac`: the generator's check of a registry host variable. */
function isHostCheck(raw: string): boolean {
  const prefix = 'case $'
  if (!raw.startsWith(prefix)) return false
  const name = raw.slice(prefix.length, raw.indexOf(' ', prefix.length))
  return name !== '' && String(registryHostCheck(name)) === raw
}

/** The commands end with the `set -- "${VAR}"` before the generator's check (the check itself is a `case`). */
function isCheck(commands: readonly SimpleCommand[]): boolean {
  const before = commands.filter((command) => programName(command) !== 'mkdir')
  const word = setWord(before.at(-1))
  return word !== null && readVariable(word) !== null
}

/** The one word of `set -- WORD`. */
function setWord(command: SimpleCommand | undefined): Word | null {
  if (!command || programName(command) !== 'set' || command.words.length !== 3) return null
  const [, dashes, word] = command.words as [Word, Word, Word]
  return wordText(dashes) === '--' ? word : null
}

/** `"${VAR}"` or `"$(cat "${VAR}")"`: the variable `set --` reads, and whether it is a File variable. */
function readVariable(word: Word): { name: string; source: 'variable' | 'file-variable' } | null {
  const [only, ...rest] = word.parts
  if (!only || rest.length > 0) return null
  if (only.kind === 'param') return { name: only.name, source: 'variable' }
  const [cat] = only.kind === 'command' && only.commands.length === 1 ? only.commands : []
  const file = cat && programName(cat) === 'cat' && cat.words.length === 2 ? cat.words[1] : undefined
  const [param, ...more] = file?.parts ?? []
  return param?.kind === 'param' && more.length === 0 ? { name: param.name, source: 'file-variable' } : null
}
