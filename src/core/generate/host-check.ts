import { command, type ShellCommand } from './command.ts'

/**
 * A job-script line that stops the job unless `$variable` holds only host[:port] characters (and
 * something). A registry host becomes a key of config.json: literal text is JSON-escaped when the
 * YAML is generated, but a variable is only known at run time, and a value like
 * `x","auths":{…` would add entries of its own. The value itself is not printed: it may be hostile
 * or a secret.
 *
 * `[:alnum:]` rather than ranges like `a-z`, which POSIX leaves unspecified outside the C locale: in
 * the images' busybox it is ASCII letters and digits; a shell in another locale may add its own
 * letters, never a quote, backslash, brace, comma, space or control character. Bracketed IPv6
 * addresses are not accepted from a variable (a literal host may still be one). `variable` is a
 * variable name, and the word after `case` is neither split nor globbed: neither needs quotes.
 */
export function registryHostCheck(variable: string): ShellCommand {
  return command(
    `case $${variable} in ""|*[![:alnum:].:-]*) echo "\\$${variable} is not a registry host" >&2; exit 1;; esac`,
  )
}
