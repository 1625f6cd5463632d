import type { ImageView } from '../config/image-view.ts'
import { command, type ShellCommand } from './command.ts'

/** A whole config.json from a CI/CD variable (GitLab's DOCKER_AUTH_CONFIG convention), File or plain. */
export type DockerAuthConfig = ImageView['registries']['dockerAuthConfig']

export const NO_DOCKER_AUTH_CONFIG: DockerAuthConfig = {
  source: 'none',
  variable: 'DOCKER_AUTH_CONFIG',
  merge: true,
}

/**
 * Lines putting the variable's JSON into `$1` (the positional parameters: no variable name of ours
 * can shadow a CI/CD variable) and stopping the job when it holds no `}`: empty, unset, or not a
 * JSON object at all. A File-type variable's value is the path of a file holding the JSON.
 */
export function readDockerAuthConfig(base: DockerAuthConfig): ShellCommand[] {
  const reference = `"\${${base.variable}}"`
  return [
    base.source === 'file-variable'
      ? command('set', '--', `"$(cat ${reference})"`)
      : command('set', '--', reference),
    command(
      `case $1 in *"}"*) ;; *) echo "\\$${base.variable} does not hold a config.json (a JSON object)" >&2; exit 1;; esac`,
    ),
  ]
}

/**
 * Lines turning the object in `$1` into the start of a longer one, so our members can follow: its
 * closing brace (the last `}`: only whitespace may follow it) is dropped, and a comma added when
 * anything but whitespace follows its opening brace (not for `{}`).
 *
 * Our `auths` then follows theirs as a second `auths` member. kaniko, manifest-tool and crane read
 * config.json with Go's encoding/json (docker/cli's configfile), which decodes a repeated member
 * into the map it already made, "keeping existing entries" (its documented rule for maps): the
 * entries of both are kept, and for a host in both, ours, read last, win. `credHelpers` alike.
 */
export function openDockerAuthConfig(): ShellCommand[] {
  return [
    command('set', '--', '"${1%\\}*}"'),
    command('case ${1#*\\{} in *[![:space:]]*) set -- "$1," ;; esac'),
  ]
}
