import { describe, expect, it } from 'vitest'
import { importOk, kanikoJob } from '../test-support/import.ts'

const RUN = '/kaniko/executor --destination reg/a'

async function authOf(lines: string[], extra = '') {
  const result = await importOk(kanikoJob([...lines, RUN], extra))
  const job = result.jobs[0]
  if (!job) throw new Error('no job')
  return { job, result, codes: result.findings.map((finding) => finding.code) }
}

describe('config.json auth', () => {
  it('reads echo with printf | base64 -w0 and | tr -d: user and password expressions, no wrapping', async () => {
    const { job, codes } = await authOf([
      `echo "{\\"auths\\":{\\"$CI_REGISTRY\\":{\\"auth\\":\\"$(printf '%s:%s' "$CI_REGISTRY_USER" "$CI_REGISTRY_PASSWORD" | base64 -w0)\\"}}}" > /kaniko/.docker/config.json`,
      `echo "{\\"auths\\":{\\"reg2\\":{\\"auth\\":\\"$(echo -n "$U:$P" | base64 | tr -d '\\n')\\"}}}" >> /kaniko/.docker/config.json`,
    ])
    expect(
      job.auth.map((entry) => [entry.host, entry.username, entry.password, entry.form, entry.base64Wraps]),
    ).toEqual([
      ['$CI_REGISTRY', '$CI_REGISTRY_USER', '$CI_REGISTRY_PASSWORD', 'auth', false],
      ['reg2', '$U', '$P', 'auth', false],
    ])
    expect(codes).not.toContain('IMP102')
  })

  it('reports base64 that wraps', async () => {
    const { job, codes } = await authOf([
      `echo "{\\"auths\\":{\\"$R\\":{\\"auth\\":\\"$(printf '%s:%s' "$U" "$P" | base64)\\"}}}" > /kaniko/.docker/config.json`,
    ])
    expect(job.auth[0]?.base64Wraps).toBe(true)
    expect(codes).toContain('IMP102')
  })

  it('reads cat <<EOF heredocs (expanding) and printf', async () => {
    const { job } = await authOf([
      `|\n      cat > /kaniko/.docker/config.json <<EOF\n      {"auths": {"https://index.docker.io/v1/": {"username": "$HUB_USER", "password": "$HUB_TOKEN"}}}\n      EOF`,
      `printf '%s' '{"credHelpers":{"1234.dkr.ecr.eu-west-1.amazonaws.com":"ecr-login"}}' > /kaniko/.docker/config.json`,
    ])
    expect(job.auth.map((entry) => [entry.host, entry.username, entry.password, entry.form])).toEqual([
      ['https://index.docker.io/v1/', '$HUB_USER', '$HUB_TOKEN', 'username-password'],
    ])
    expect(job.authWrites[1]?.credHelpers).toEqual({ '1234.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' })
  })

  it('reads $DOCKER_AUTH_CONFIG and File variables copied, and credsStore', async () => {
    const { job, result } = await authOf([
      'echo "$DOCKER_AUTH_CONFIG" > /kaniko/.docker/config.json',
      'cp "$AUTH_FILE" /kaniko/.docker/config.json',
      `echo '{"credsStore":"ecr-login"}' > /kaniko/.docker/config.json`,
      'echo "$AUTH_B64" | base64 -d > /kaniko/.docker/config.json',
    ])
    expect(job.authWrites.map((write) => [write.form, write.from, write.credsStore])).toEqual([
      ['variable-copy', '$DOCKER_AUTH_CONFIG', null],
      ['file-copy', '$AUTH_FILE', null],
      ['json', null, 'ecr-login'],
      ['variable-copy', '$AUTH_B64 (base64)', null],
    ])
    // A File variable copied is reproduced (registries.dockerAuthConfig), not listed as lost.
    expect(result.unmapped.some((entry) => entry.reason === 'config.json copied from $AUTH_FILE')).toBe(false)
    // `reg/a` names no registry host, so the config has nothing to add: copied as it is.
    expect(result.changed.map((entry) => entry.code)).toContain('auth-variable-copied')
  })

  it('says DOCKER_AUTH_CONFIG is copied as it is when the config adds nothing to it, merged when it does', async () => {
    const copied = await authOf(['echo "$DOCKER_AUTH_CONFIG" > /kaniko/.docker/config.json'])
    expect(copied.result.config?.registries.extra).toEqual([])
    expect(copied.result.changed.map((entry) => entry.reason)).toContain(
      'config.json from `$DOCKER_AUTH_CONFIG` is copied as it is; the job stops with a message when it holds no JSON object',
    )
    expect(copied.result.changed.map((entry) => entry.code)).not.toContain('auth-variable-merged')

    const merged = await authOf([
      `echo "{\\"auths\\":{\\"reg.example.com\\":{\\"auth\\":\\"$(printf '%s:%s' "$U" "$P" | base64 -w0)\\"}}}" > /kaniko/.docker/config.json`,
      'echo "$DOCKER_AUTH_CONFIG" > /kaniko/.docker/config.json',
    ])
    expect(merged.result.config?.registries.extra.map((r) => r.host)).toEqual(['reg.example.com'])
    expect(merged.result.changed.map((entry) => entry.code)).toContain('auth-variable-merged')
    expect(merged.result.changed.map((entry) => entry.code)).not.toContain('auth-variable-copied')
  })

  it('lists a config.json copied from a job variable (not a File variable) as not reproduced', async () => {
    const { result } = await authOf(
      ['cp "$AUTH_FILE" /kaniko/.docker/config.json'],
      '  variables:\n    AUTH_FILE: /builds/auth.json',
    )
    expect(result.unmapped.map((entry) => entry.reason)).toContain('config.json copied from $AUTH_FILE')
  })

  it('recognizes the Dependency Proxy port strip and JSON whose quotes the shell removed', async () => {
    const { job, codes } = await authOf([
      `echo "{\\"auths\\":{\\"$(echo -n $CI_DEPENDENCY_PROXY_SERVER | awk -F[:] '{print $1}')\\":{\\"auth\\":\\"$A\\"}}}" > /kaniko/.docker/config.json`,
      `echo {"auths":{"$CI_REGISTRY":{"username":"$U","password":"$P"}}} > /kaniko/.docker/config.json`,
    ])
    expect(job.auth[0]).toMatchObject({ hostForm: 'port-stripped', form: 'auth-value' })
    expect(job.authWrites[1]).toMatchObject({ form: 'unreadable', quotesLost: true })
    expect(codes).toEqual(expect.arrayContaining(['IMP113', 'IMP104']))
  })

  it('reports a literal password written into the script', async () => {
    const { codes } = await authOf([
      `echo '{"auths":{"reg":{"username":"me","password":"hunter2"}}}' > /kaniko/.docker/config.json`,
    ])
    expect(codes).toContain('IMP112')
  })
})

describe('certificates and proxy', () => {
  it('reads CA appended, overwritten, copied, from PEM text and from base64', async () => {
    const { job, codes } = await authOf([
      'cat "$CA_FILE" >> /kaniko/ssl/certs/ca-certificates.crt',
      'echo "$CA_PEM" > /kaniko/ssl/certs/ca-certificates.crt',
      'cp /etc/ssl/mine.crt /kaniko/ssl/certs/mine.crt',
      'echo "$CA_B64" | base64 -d >> /kaniko/ssl/certs/extra.crt',
      `|\n      cat <<'PEM' >> /kaniko/ssl/certs/inline.crt\n      -----BEGIN CERTIFICATE-----\n      abc\n      -----END CERTIFICATE-----\n      PEM`,
    ])
    expect(job.certificates.map((c) => [c.mode, c.target.split('/').at(-1), c.source.kind])).toEqual([
      ['append', 'ca-certificates.crt', 'file-variable'],
      ['overwrite', 'ca-certificates.crt', 'variable'],
      ['overwrite', 'mine.crt', 'path'],
      ['append', 'extra.crt', 'base64-variable'],
      ['append', 'inline.crt', 'pem'],
    ])
    expect(codes.filter((code) => code === 'IMP108')).toHaveLength(1)
  })

  it("reads an optional CA inside a `{ …; } >> bundle` group (the generator's form): its test writes nothing", async () => {
    const { job, result } = await authOf([
      `'{ if [ -n "\${MY_CA:-}" ]; then cat "\${MY_CA}"; echo; fi; test -n x; :; true; cat /etc/ssl/certs/two.pem; } >> /kaniko/ssl/certs/ca-certificates.crt'`,
    ])
    expect(job.certificates.map((c) => [c.source.kind, c.source.value, c.conditional])).toEqual([
      ['file-variable', '${MY_CA}', true],
      ['path', '/etc/ssl/certs/two.pem', false],
    ])
    expect(result.unmapped.filter((entry) => entry.code === 'ca-unknown-source')).toEqual([])
  })

  it('reads proxy variables in any case and proxy build args', async () => {
    const result = await importOk(
      kanikoJob(
        ['/kaniko/executor --build-arg http_proxy=$http_proxy --build-arg NO_PROXY --destination reg/a'],
        '  variables:\n    https_proxy: http://p:3128\n    No_Proxy: .internal',
      ),
    )
    expect(result.jobs[0]?.proxy.map((p) => [p.via, p.name, p.kind, p.value])).toEqual([
      ['variable', 'https_proxy', 'https', 'http://p:3128'],
      ['variable', 'No_Proxy', 'no', '.internal'],
      ['build-arg', 'http_proxy', 'http', '$http_proxy'],
      ['build-arg', 'NO_PROXY', 'no', '$NO_PROXY'],
    ])
  })

  it("reads printf with %s placeholders (the generator's config.json and CA forms)", async () => {
    const { job } = await authOf([
      `printf '{"auths":{"%s":{"auth":"%s"},"%s":{"auth":"%s"}}}\\n' "\${CI_REGISTRY}" "$(printf '%s:%s' "\${U}" "\${P}" | base64 | tr -d '\\n')" reg.example "$(printf '%s:%s' "\${U2}" "\${P2}" | base64 | tr -d '\\n')" > /kaniko/.docker/config.json`,
      "printf '%s\\n' '-----BEGIN CERTIFICATE-----' > /kaniko/ssl/certs/custom-ca.crt",
      'printf \'%s\\n\' "$CA_TEXT" >> /kaniko/ssl/certs/ca-certificates.crt',
    ])
    expect(job.auth.map((entry) => [entry.host, entry.username, entry.password, entry.form])).toEqual([
      ['${CI_REGISTRY}', '${U}', '${P}', 'auth'],
      ['reg.example', '${U2}', '${P2}', 'auth'],
    ])
    expect(job.certificates.map((c) => [c.mode, c.source.kind, c.source.value])).toEqual([
      ['overwrite', 'pem', '-----BEGIN CERTIFICATE-----'],
      ['append', 'variable', '$CA_TEXT'],
    ])
  })
})
