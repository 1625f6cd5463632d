import { describe, expect, it } from 'vitest'
import { imageView } from '../config/image-view.ts'
import { parseConfigOrThrow } from '../config/parse.ts'
import type { ConfigInput } from '../config/schema.ts'
import {
  configJsonLines,
  googleCredentialsLines,
  kanikoAuthEntries,
  manifestToolAuthEntries,
} from './auth.ts'

const view = (input: ConfigInput) => imageView(parseConfigOrThrow({ version: 2, ...input }), 0)
const lines = (input: ConfigInput) => {
  const config = view(input)
  return configJsonLines(
    kanikoAuthEntries(config),
    '/kaniko/.docker',
    config.registries.dockerAuthConfig,
  ).map(String)
}

describe('config.json lines', () => {
  it('write a literal user name as it is: `$` and quotes are never expanded', () => {
    const [, printf] = lines({
      registries: {
        extra: [{ host: 'harbor.example', usernameLiteral: `robot$ci+x'"`, passwordVariable: 'TOKEN' }],
      },
    })
    expect(printf).toContain(`"$(printf '%s:%s' "robot\\$ci+x'\\"" "\${TOKEN}" | base64 | tr -d '\\n')"`)
  })

  it('use the user name variable when no literal name is set', () => {
    const [, printf] = lines({ registries: { extra: [{ host: 'h.example', usernameVariable: 'U' }] } })
    expect(printf).toContain(`"$(printf '%s:%s' "\${U}" "\${REGISTRY_PASSWORD}"`)
  })

  it('without DOCKER_AUTH_CONFIG: no positional parameters, as before', () => {
    const written = lines({ registries: { extra: [{ host: '$HOST' }] } })
    expect(written[0]).toMatch(/^case \$HOST in/)
    expect(written.slice(1, 2)).toEqual(['mkdir -p /kaniko/.docker'])
    expect(written.join('\n')).not.toContain('set --')
  })

  // config.json lists the logins, then the helpers: the checks cannot show the config's order either.
  it('check the hosts in the order config.json lists them (logins, then helpers)', () => {
    const written = lines({
      registries: {
        extra: [{ host: '$HELPER_HOST', credentialHelper: 'ecr-login' }, { host: '${LOGIN_HOST}:5000' }],
      },
    })
    expect(written.slice(0, 2).map((line) => line.split(' ')[1])).toEqual(['$LOGIN_HOST', '$HELPER_HOST'])
  })

  it('merge DOCKER_AUTH_CONFIG: host checks first, then read, check, open, our members after theirs', () => {
    const written = lines({
      registries: { dockerAuthConfig: { source: 'file-variable', merge: true }, extra: [{ host: '$HOST' }] },
    })
    expect(written.slice(0, 6)).toEqual([
      `case $HOST in ""|*[![:alnum:].:-]*) echo "\\$HOST is not a registry host" >&2; exit 1;; esac`,
      'set -- "$(cat "${DOCKER_AUTH_CONFIG}")"',
      `case $1 in *"}"*) ;; *) echo "\\$DOCKER_AUTH_CONFIG does not hold a config.json (a JSON object)" >&2; exit 1;; esac`,
      'mkdir -p /kaniko/.docker',
      'set -- "${1%\\}*}"',
      'case ${1#*\\{} in *[![:space:]]*) set -- "$1," ;; esac',
    ])
    expect(written[6]).toMatch(
      /^printf '%s"auths":\{"%s":\{"auth":"%s"\},"%s":\{"auth":"%s"\}\}\}\\n' "\$1" /,
    )
    expect(written.at(-1)).toBe('set --')
  })

  it('use DOCKER_AUTH_CONFIG as it is without merge: none of ours, no host checks', () => {
    const written = lines({
      registries: {
        dockerAuthConfig: { source: 'variable', variable: 'MY_AUTH', merge: false },
        extra: [{ host: '$HOST' }],
      },
    })
    expect(written).toEqual([
      'set -- "${MY_AUTH}"',
      `case $1 in *"}"*) ;; *) echo "\\$MY_AUTH does not hold a config.json (a JSON object)" >&2; exit 1;; esac`,
      'mkdir -p /kaniko/.docker',
      `printf '%s\\n' "$1" > /kaniko/.docker/config.json`,
      'set --',
    ])
  })

  it('copy DOCKER_AUTH_CONFIG when kaniko needs no entries of ours (its GitLab helper)', () => {
    const written = lines({ registries: { dockerAuthConfig: { source: 'variable', merge: true } } })
    expect(written).toContain(`printf '%s\\n' "$1" > /kaniko/.docker/config.json`)
  })

  it('give manifest-tool the same literal user and gcr under its helper name', () => {
    const config = view({
      registries: {
        extra: [
          { host: 'a.example', usernameLiteral: 'AWS' },
          { host: 'b.example', credentialHelper: 'gcr' },
        ],
      },
    })
    const entries = manifestToolAuthEntries(config)
    expect(entries.map((e) => (e.kind === 'auth' ? e.userWord : e.helper))).toEqual([
      '"${CI_REGISTRY_USER}"',
      'AWS',
      'gcloud',
    ])
  })
})

describe('GOOGLE_APPLICATION_CREDENTIALS', () => {
  it('points at the File variable of the first gcr registry that names one', () => {
    const config = view({
      registries: {
        extra: [
          { host: 'gcr.io', credentialHelper: 'gcr' },
          {
            host: 'europe-docker.pkg.dev',
            credentialHelper: 'gcr',
            googleCredentialsFileVariable: 'GCP_KEY',
          },
        ],
      },
    })
    expect(googleCredentialsLines(config).map(String)).toEqual([
      'export GOOGLE_APPLICATION_CREDENTIALS="${GCP_KEY}"',
    ])
  })

  // Decided (issue 12): with config.json copied as it is, kaniko's Google keychain (tried right
  // after config.json) still reads the key for Google's registries, so the export stays.
  it('is still exported when DOCKER_AUTH_CONFIG is copied as it is', () => {
    const config = view({
      registries: {
        dockerAuthConfig: { source: 'variable', merge: false },
        extra: [
          { host: 'europe-docker.pkg.dev', credentialHelper: 'gcr', googleCredentialsFileVariable: 'K' },
        ],
      },
    })
    expect(googleCredentialsLines(config).map(String)).toEqual([
      'export GOOGLE_APPLICATION_CREDENTIALS="${K}"',
    ])
  })

  it('is not set for a key variable left on a registry without the gcr helper', () => {
    const config = view({
      registries: { extra: [{ host: 'x.example', googleCredentialsFileVariable: 'K' }] },
    })
    expect(googleCredentialsLines(config)).toEqual([])
  })
})
