import type { Case } from './case.ts'

const proxy = 'http://proxy.example.com:3128'
const fullProxy = { http: proxy, https: proxy, noProxy: 'localhost,.example.com' }
const certificate = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ2o\n-----END CERTIFICATE-----\n'
const privateKey =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n'

/** Proxy, secrets and TLS. */
export const networkCases: Case[] = [
  {
    code: 'KC301',
    trigger: { proxy: { ...fullProxy, jobVariables: false } },
    near: { proxy: { ...fullProxy, jobVariables: true } },
    fields: ['proxy.jobVariables'],
    fixed: (c) => c.proxy.jobVariables,
    fixedValue: true,
  },
  {
    code: 'KC302',
    trigger: { proxy: { http: proxy, noProxy: 'localhost' } },
    near: { proxy: { http: proxy, https: proxy, noProxy: 'localhost' } },
    fields: ['proxy.https', 'proxy.http'],
    fixed: (c) => c.proxy.https,
    fixedValue: proxy,
  },
  {
    code: 'KC303',
    trigger: { proxy: { ...fullProxy, buildArgs: false } },
    near: { proxy: fullProxy },
    fields: ['proxy.buildArgs'],
    fixed: (c) => c.proxy.buildArgs,
    fixedValue: true,
  },
  {
    code: 'KC304',
    trigger: { proxy: { http: proxy, https: proxy } },
    near: { proxy: fullProxy },
    fields: ['proxy.noProxy'],
    fixable: false,
  },
  {
    code: 'KC301',
    name: 'not when the runner sets the proxy',
    trigger: { proxy: { ...fullProxy, jobVariables: false } },
    near: { proxy: { ...fullProxy, jobVariables: false, fromRunner: true } },
    fixed: (c) => c.proxy.jobVariables,
    fixedValue: true,
  },
  {
    code: 'KC303',
    name: 'also when the runner sets the proxy',
    trigger: { proxy: { fromRunner: true, buildArgs: false } },
    near: { proxy: { fromRunner: true } },
    fields: ['proxy.buildArgs'],
    fixed: (c) => c.proxy.buildArgs,
    fixedValue: true,
  },
  {
    code: 'KC305',
    trigger: { proxy: { http: '$http_proxy', https: '${https_proxy}', jobVariables: false } },
    near: { proxy: { fromRunner: true } },
    fields: ['proxy.http', 'proxy.https'],
    fixed: (c) => [c.proxy.fromRunner, c.proxy.http, c.proxy.https],
    fixedValue: [true, '', ''],
  },
  {
    code: 'KC305',
    name: 'a real proxy next to a self-reference has no one-click fix',
    trigger: { proxy: { http: proxy, https: '$HTTPS_PROXY', noProxy: 'localhost' } },
    near: { proxy: { http: proxy, https: '$CORPORATE_PROXY', noProxy: 'localhost' } },
    fields: ['proxy.https'],
    fixable: false,
  },
  {
    code: 'KC310',
    trigger: { proxy: { ...fullProxy, http: 'http://builder:S3cr3t-pa55@proxy.example.com:3128' } },
    near: { proxy: { ...fullProxy, http: 'http://builder:$PROXY_PASSWORD@proxy.example.com:3128' } },
    fields: ['proxy.http'],
    fixed: (c) => c.proxy.http,
    fixedValue: proxy,
  },
  {
    code: 'KC311',
    trigger: { certificates: { enabled: true, source: 'pem', pem: certificate + privateKey } },
    near: { certificates: { enabled: true, source: 'pem', pem: certificate } },
    fields: ['certificates.pem'],
    fixed: (c) => c.certificates.pem.includes('PRIVATE KEY'),
    fixedValue: false,
  },
  {
    code: 'KC312',
    trigger: {
      build: { buildArgs: [{ name: 'NPM_TOKEN', value: 'npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' }] },
    },
    near: { build: { buildArgs: [{ name: 'NPM_TOKEN', value: '${NPM_TOKEN}' }] } },
    fields: ['build.buildArgs[0].value'],
    fixed: (c) => c.build.buildArgs[0]?.value,
    fixedValue: '',
  },
  {
    code: 'KC312',
    name: 'a short password under a name that says it is one',
    trigger: { build: { buildArgs: [{ name: 'DB_PASSWORD', value: 'Tr0ub4dor&3' }] } },
    near: { build: { buildArgs: [{ name: 'DB_PASSWORD', value: '$DB_PASSWORD' }] } },
    fields: ['build.buildArgs[0].value'],
    fixed: (c) => c.build.buildArgs[0]?.value,
    fixedValue: '',
  },
  {
    code: 'KC320',
    trigger: { destinations: [{ repository: 'harbor.corp.internal/team/app', tags: ['v1'] }] },
    near: {
      destinations: [{ repository: 'harbor.corp.internal/team/app', tags: ['v1'] }],
      certificates: { enabled: true },
    },
    fields: ['destinations[0].repository'],
    fixed: (c) => c.certificates.enabled,
    fixedValue: true,
  },
  {
    code: 'KC320',
    name: 'a registry mirror; public registries do not count',
    trigger: {
      advanced: { registryMirrors: ['mirror.corp.internal:5000'] },
      registries: { extra: [{ host: 'https://index.docker.io/v1/' }] },
    },
    near: { advanced: { registryMirrors: ['mirror.gcr.io'] }, registries: { extra: [{ host: 'ghcr.io' }] } },
    fields: ['advanced.registryMirrors[0]'],
  },
  {
    code: 'KC320',
    name: 'pushes over plain HTTP (--insecure) involve no certificate; --insecure-pull is for pulls',
    trigger: {
      destinations: [{ repository: 'harbor.corp.internal/team/app', tags: ['v1'] }],
      advanced: { insecurePull: true },
    },
    near: {
      destinations: [{ repository: 'harbor.corp.internal/team/app', tags: ['v1'] }],
      advanced: { insecure: true },
    },
    fields: ['destinations[0].repository'],
  },
  {
    code: 'KC320',
    name: 'a mirror pulled over plain HTTP (--insecure-pull as an extra flag); =false keeps HTTPS',
    trigger: {
      advanced: { registryMirrors: ['mirror.corp.internal:5000'], extraFlags: ['--insecure-pull=false'] },
    },
    near: { advanced: { registryMirrors: ['mirror.corp.internal:5000'], extraFlags: ['--insecure-pull'] } },
    fields: ['advanced.registryMirrors[0]'],
  },
  {
    code: 'KC320',
    name: 'a host in --insecure-registry; the other hosts still count',
    trigger: {
      destinations: [{ repository: 'harbor.corp.internal/team/app', tags: ['v1'] }],
      registries: { extra: [{ host: 'base.corp.internal' }] },
      advanced: { extraFlags: ['--insecure-registry', 'harbor.corp.internal'] },
    },
    near: {
      destinations: [{ repository: 'harbor.corp.internal/team/app', tags: ['v1'] }],
      registries: { extra: [{ host: 'harbor.corp.internal' }] },
      advanced: { extraFlags: ['--insecure-registry', 'harbor.corp.internal'] },
    },
    fields: ['registries.extra[0].host'],
  },
  {
    code: 'KC320',
    name: '$CI_REGISTRY once TLS verification is skipped for it (the sign of a private CA)',
    trigger: { advanced: { skipTlsVerifyRegistries: ['${CI_REGISTRY}'] } },
    near: { advanced: { skipTlsVerifyRegistries: ['registry.gitlab.com'] } },
    fields: ['destinations[0].repository', 'advanced.skipTlsVerifyRegistries[0]'],
    fixed: (c) => c.certificates.enabled,
    fixedValue: true,
  },
  {
    code: 'KC320',
    name: '--skip-tls-verify covers pushes to $CI_REGISTRY_IMAGE, --skip-tls-verify-pull does not',
    trigger: { advanced: { skipTlsVerify: true } },
    near: { advanced: { skipTlsVerifyPull: true } },
    fields: ['destinations[0].repository'],
  },
  {
    code: 'KC321',
    trigger: { certificates: { enabled: true, source: 'pem', pem: '' } },
    near: { certificates: { enabled: true, source: 'pem', pem: certificate } },
    fields: ['certificates.pem'],
    fixed: (c) => c.certificates.source,
    fixedValue: 'file-variable',
  },
  {
    code: 'KC322',
    name: "a pasted host=file whose file is the CA's own ($X for ${X}): the host is kept",
    trigger: {
      certificates: { enabled: true, fileVariable: 'CA_CERT', registry: 'harbor.corp.internal=$CA_CERT' },
    },
    near: { certificates: { enabled: true, fileVariable: 'CA_CERT', registry: 'harbor.corp.internal' } },
    fields: ['certificates.registry'],
    fixed: (c) => c.certificates.registry,
    fixedValue: 'harbor.corp.internal',
  },
  {
    code: 'KC322',
    name: 'a pasted PEM: its file is the one the job writes',
    trigger: {
      certificates: {
        enabled: true,
        source: 'pem',
        pem: certificate,
        registry: 'harbor.corp.internal:5000=/kaniko/ssl/certs/custom-ca.crt',
      },
    },
    near: {
      certificates: { enabled: true, source: 'pem', pem: certificate, registry: 'harbor.corp.internal:5000' },
    },
    fields: ['certificates.registry'],
    fixed: (c) => c.certificates.registry,
    fixedValue: 'harbor.corp.internal:5000',
  },
  {
    code: 'KC322',
    name: 'another file after "=" in a further CA: no fix (which one was meant is not known)',
    trigger: {
      certificates: {
        enabled: true,
        more: [{ source: 'path', value: '/certs/ca.pem', registry: 'harbor.corp.internal=/certs/other.pem' }],
      },
    },
    near: {
      certificates: {
        enabled: true,
        more: [{ source: 'path', value: '/certs/ca=1.pem', registry: 'harbor.corp.internal' }],
      },
    },
    fields: ['certificates.more[0].registry'],
    fixable: false,
  },
  {
    code: 'KC330',
    trigger: { advanced: { skipTlsVerify: true, skipTlsVerifyRegistries: ['registry.example.com'] } },
    near: { advanced: { skipTlsVerify: false }, certificates: { enabled: true } },
    fields: ['advanced.skipTlsVerify', 'advanced.skipTlsVerifyRegistries'],
    fixed: (c) => [c.advanced.skipTlsVerify, c.advanced.skipTlsVerifyRegistries],
    fixedValue: [false, []],
    reveal: 'certificates.enabled',
  },
  {
    code: 'KC330',
    name: 'with a CA block already there, the fix only turns the checks back on',
    trigger: { advanced: { skipTlsVerifyPull: true }, certificates: { enabled: true } },
    near: { certificates: { enabled: true } },
    fields: ['advanced.skipTlsVerifyPull'],
    reveal: false,
  },
  {
    code: 'KC330',
    name: 'as extra flags, value in the next entry',
    trigger: {
      advanced: { extraFlags: ['--skip-tls-verify-registry', 'registry.example.com', '--cache-dir=/cache'] },
    },
    near: {
      advanced: {
        extraFlags: ['--registry-certificate', 'registry.example.com=/ca.crt', '--cache-dir=/cache'],
      },
    },
    fields: ['advanced.extraFlags[0]'],
    fixed: (c) => c.advanced.extraFlags,
    fixedValue: ['--cache-dir=/cache'],
  },
  {
    code: 'KC331',
    trigger: { advanced: { insecureRegistries: ['registry.example.com:5000'], insecurePull: true } },
    near: { advanced: { skipTlsVerifyRegistries: [] } },
    fields: ['advanced.insecurePull', 'advanced.insecureRegistries'],
    fixed: (c) => [c.advanced.insecurePull, c.advanced.insecureRegistries],
    fixedValue: [false, []],
  },
  {
    code: 'KC332',
    name: 'a *_BASE64 name read as a File-type variable',
    trigger: { certificates: { enabled: true, source: 'file-variable', fileVariable: 'CA_CERT_BASE64' } },
    near: { certificates: { enabled: true, source: 'file-variable', fileVariable: 'CA_CERT_FILE' } },
    fields: ['certificates.fileVariable'],
    fixed: (c) => [c.certificates.source, c.certificates.base64Variable],
    fixedValue: ['base64-variable', 'CA_CERT_BASE64'],
  },
  {
    code: 'KC332',
    name: 'a *_FILE name among more CAs decoded as base64',
    trigger: {
      certificates: { enabled: true, more: [{ source: 'base64-variable', value: 'SECOND_CA_FILE' }] },
    },
    near: { certificates: { enabled: true, more: [{ source: 'base64-variable', value: 'SECOND_CA_B64' }] } },
    fields: ['certificates.more[0].value'],
    fixed: (c) => c.certificates.more[0]?.source,
    fixedValue: 'file-variable',
  },
  {
    code: 'KC312',
    name: 'a token as the literal user name',
    trigger: {
      registries: { extra: [{ host: 'harbor.example.com', usernameLiteral: 'glpat-AbCdEfGhIjKlMnOpQrSt' }] },
    },
    near: { registries: { extra: [{ host: 'harbor.example.com', usernameLiteral: 'robot$ci+builder' }] } },
    fields: ['registries.extra[0].usernameLiteral'],
  },
  {
    code: 'KC333',
    name: 'a CA file of the kaniko image in a multi-arch build; one in the repository is in both jobs',
    trigger: {
      certificates: { enabled: true, source: 'path', path: '/etc/corp/ca.pem' },
      multiArch: { enabled: true },
    },
    near: {
      certificates: { enabled: true, source: 'path', path: '${CI_PROJECT_DIR}/certs/ca.pem' },
      multiArch: { enabled: true },
    },
    fields: ['certificates.path', 'multiArch.enabled'],
    fixable: false,
  },
  {
    code: 'KC333',
    name: 'a path under another variable; a path that is only a variable is KC334’s',
    trigger: {
      certificates: { enabled: true, source: 'path', path: '${HOME}/ca.pem' },
      multiArch: { enabled: true },
    },
    near: {
      certificates: { enabled: true, source: 'path', path: '$CA_FILE' },
      multiArch: { enabled: true },
    },
    fields: ['certificates.path', 'multiArch.enabled'],
    fixable: false,
  },
  {
    code: 'KC334',
    name: 'a CA path that is one variable beside a manifest job; without one, every job is a build job',
    trigger: {
      version: 2,
      images: [{ multiArch: { enabled: true } }],
      certificates: { enabled: true, source: 'path', path: '$CA_FILE' },
    },
    near: { version: 2, certificates: { enabled: true, source: 'path', path: '$CA_FILE' } },
    fields: ['certificates.path', 'images[0].multiArch.enabled'],
    fixed: (view) => [view.certificates.source, view.certificates.fileVariable],
    fixedValue: ['file-variable', 'CA_FILE'],
  },
  {
    code: 'KC334',
    name: 'among more CAs beside a release job; a path that holds more than the variable is a path',
    trigger: {
      version: 2,
      release: { enabled: true },
      certificates: { enabled: true, more: [{ source: 'path', value: '${CA_2}' }] },
    },
    near: {
      version: 2,
      release: { enabled: true },
      certificates: { enabled: true, more: [{ source: 'path', value: '${CA_DIR}/ca.pem' }] },
    },
    fields: ['certificates.more[0].value', 'release.enabled'],
    fixed: (view) => view.certificates.more[0],
    fixedValue: { source: 'file-variable', value: 'CA_2', registry: '' },
  },
  {
    code: 'KC335',
    name: 'a CA file of the kaniko image beside the release job; one in the repository is in both jobs',
    trigger: {
      version: 2,
      release: { enabled: true },
      certificates: { enabled: true, source: 'path', path: '/etc/corp/ca.pem' },
    },
    near: {
      version: 2,
      release: { enabled: true },
      certificates: { enabled: true, source: 'path', path: 'certs/ca.pem' },
    },
    fields: ['certificates.path', 'release.enabled'],
    fixable: false,
  },
  {
    code: 'KC335',
    name: 'among more CAs, under another variable; a path that is only a variable is KC334’s',
    trigger: {
      version: 2,
      release: { enabled: true },
      certificates: { enabled: true, more: [{ source: 'path', value: '${HOME}/ca.pem' }] },
    },
    near: {
      version: 2,
      release: { enabled: true },
      certificates: { enabled: true, more: [{ source: 'path', value: '$CA_FILE' }] },
    },
    fields: ['certificates.more[0].value', 'release.enabled'],
    fixable: false,
  },
]
