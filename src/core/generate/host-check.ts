import { quoteLiteral } from '../shell/quote.ts'
import { ShellCommand } from './command.ts'

/**
 * What a variable in a registry host may hold: the characters of host[:port]. Spelled out rather
 * than as ranges (`a-z`), whose meaning depends on the shell's locale. Bracketed IPv6 addresses are
 * not accepted from a variable (a literal host may still be one).
 */
export const HOST_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.:-'

/**
 * A job-script line that stops the job unless `$variable` holds only host[:port] characters (and
 * something). A registry host becomes a key of config.json: literal text is JSON-escaped when the
 * YAML is generated, but a variable is only known at run time, and a value like
 * `x","auths":{…` would add entries of its own. The value itself is not printed: it may be hostile
 * or a secret.
 */
export function registryHostCheck(variable: string): ShellCommand {
  const message = quoteLiteral(
    `$${variable} is not a registry host (only letters, digits, dots, dashes and a :port)`,
  )
  return new ShellCommand([
    ['case', `"\${${variable}}"`, 'in'],
    [`''|*[!${HOST_CHARACTERS}]*)`, 'echo', message, '>&2;', 'exit', '1;;'],
    ['esac'],
  ])
}
