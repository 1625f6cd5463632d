import { describe, expect, it } from 'vitest'
import { importOk, kanikoJob } from '../test-support/import.ts'

const RUN = '/kaniko/executor --context . --destination reg.example.com/a:1'
const caseLines = async (lines: string[]) =>
  (await importOk(kanikoJob([...lines, RUN]))).unmapped
    .filter((entry) => entry.code === 'shell-case')
    .map((entry) => entry.line)

/** The generator's DOCKER_AUTH_CONFIG form (generate/docker-auth-config.ts), one script line each. */
const GUARD = (name: string) =>
  `'case $1 in *"}"*) ;; *) echo "\\$${name} does not hold a config.json (a JSON object)" >&2; exit 1;; esac'`
const OPEN = ['\'set -- "${1%\\}*}"\'', '\'case ${1#*\\{} in *[![:space:]]*) set -- "$1," ;; esac\'']

describe("the generator's own case … esac", () => {
  it('is read as part of that form, not listed as not read', async () => {
    expect(
      await caseLines([
        `'set -- "\${DOCKER_AUTH_CONFIG}"'`,
        GUARD('DOCKER_AUTH_CONFIG'),
        'mkdir -p /kaniko/.docker',
        `'printf ''%s\\n'' "$1" > /kaniko/.docker/config.json'`,
        "'set --'",
      ]),
    ).toEqual([])
    // A File variable, merged with an entry of ours (the opening `case` too).
    expect(
      await caseLines([
        `'set -- "$(cat "\${AUTH_FILE}")"'`,
        GUARD('AUTH_FILE'),
        'mkdir -p /kaniko/.docker',
        ...OPEN,
        `'printf ''%s"auths":{"reg.example.com":{"auth":"%s"}}}\\n'' "$1" "$(printf ''%s:%s'' "\${U}" "\${P}" | base64 | tr -d ''\\n'')" > /kaniko/.docker/config.json'`,
        "'set --'",
      ]),
    ).toEqual([])
  })

  it("the check that a registry host variable holds a host (the job's config.json key)", async () => {
    const check = `'case $HARBOR_HOST in ""|*[![:alnum:].:-]*) echo "\\$HARBOR_HOST is not a registry host" >&2; exit 1;; esac'`
    expect(await caseLines([check])).toEqual([])
    expect(await caseLines([check.replace('[:alnum:]', '[:alpha:]')])).toEqual([6])
  })

  it('is listed when it is not exactly the form: another variable, no `set --` before it, other text', async () => {
    expect(await caseLines([`'set -- "\${DOCKER_AUTH_CONFIG}"'`, GUARD('OTHER')])).toEqual([7])
    expect(await caseLines([GUARD('DOCKER_AUTH_CONFIG')])).toEqual([6])
    expect(await caseLines([`'set -- "\${X}"'`, '\'case $1 in *"}"*) ;; *) exit 0;; esac\''])).toEqual([7])
    expect(await caseLines(OPEN)).toEqual([7])
  })
})
