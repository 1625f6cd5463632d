import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { removeStaleDirs } from './stale-dirs.ts'

/**
 * Runs a job's `before_script` + `script` the way GitLab Runner's docker executor does, under the
 * static busybox `sh` inside a chroot that mimics the image the job names:
 *
 * - `kaniko-debug`: kaniko's debug image (deploy/Dockerfile, stage kaniko-debug): busybox in /busybox,
 *   `/bin/sh -> /busybox/sh`, PATH `/usr/local/bin:/kaniko:/busybox`, /kaniko/.docker, the CA bundle in
 *   /kaniko/ssl/certs, no /tmp. `/kaniko/executor` is a stub that records its argv.
 * - `manifest-tool-alpine`: mplatform/manifest-tool:alpine (hack/Dockerfile.alpine): busybox in /bin,
 *   `/manifest-tool` on PATH through `:/`, /etc/ssl/certs/ca-certificates.crt. `/manifest-tool` is a stub.
 * - `crane-debug`: gcr.io/go-containerregistry/crane:debug (ko on distroless base:debug): busybox in
 *   /busybox, crane in /ko-app, /tmp, the bundle in /etc/ssl/certs with SSL_CERT_FILE naming it, no
 *   credential helpers. `/ko-app/crane` is a stub.
 *
 * The script is the one the runner builds (shells/bash.go + shells/abstract.go): errexit (+ pipefail when
 * the shell has it), the variables exported, `cd` into the project dir, each script entry trimmed and
 * written on its own line, and the whole body run by `: | eval '…'`, fed to `/bin/sh` on stdin.
 * Every run gets a fresh root, so nothing ever touches the host's `/kaniko`.
 */

export type ImageKind = 'kaniko-debug' | 'manifest-tool-alpine' | 'crane-debug'

/** A CI/CD variable: a plain value, or a File-type variable (the content; the job sees a path). */
export type CiVariable = string | { readonly file: string }
export type CiVariables = Readonly<Record<string, CiVariable>>

export interface JobToRun {
  readonly image?: string | undefined
  readonly variables?: Readonly<Record<string, string>>
  readonly beforeScript?: readonly string[]
  readonly script: readonly string[]
}

export interface RunOptions {
  /** Predefined and project variables. Must contain CI_PROJECT_DIR. */
  readonly variables: CiVariables
  /** Which image to mimic; by default manifest-tool images get the alpine root, others kaniko's. */
  readonly image?: ImageKind
  /** Exit status of the stubs (`/kaniko/executor`, `manifest-tool`, credential helpers). */
  readonly stubExitCode?: number
  readonly timeoutMs?: number
  /** Files in the image or the checked-out repository before the job starts: absolute path → content. */
  readonly files?: Readonly<Record<string, string>>
}

export interface Invocation {
  /** Which stub ran: `executor`, `manifest-tool`, `docker-credential-gcr`, … */
  readonly program: string
  /** `$0` as the stub saw it (how the script called it). */
  readonly invokedAs: string
  readonly argv: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string>>
}

export interface RunResult {
  readonly exitCode: number
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  /** Every stub invocation, in order. */
  readonly invocations: readonly Invocation[]
  /** argv of each `/kaniko/executor` call (without `$0`). */
  readonly executorCalls: readonly (readonly string[])[]
  /** argv of each `manifest-tool` call (without `$0`). */
  readonly manifestToolCalls: readonly (readonly string[])[]
  /** Files the script created or changed, by absolute path inside the root (UTF-8). */
  readonly files: Readonly<Record<string, string>>
  /** The environment the job's shell started with (CI variables + expanded job variables). */
  readonly jobEnv: Readonly<Record<string, string>>
  /** The exact script fed to the shell. */
  readonly shellScript: string
}

const HARNESS_DIR = '/.kanikoconfig-harness'
export const SYSTEM_CA_MARKER = '# kanikoconfig-harness: system CA bundle (marker line)'

const KANIKO_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/local/bin:/kaniko:/busybox',
  HOME: '/root',
  USER: 'root',
  SSL_CERT_DIR: '/kaniko/ssl/certs',
  DOCKER_CONFIG: '/kaniko/.docker/',
  DOCKER_CREDENTIAL_GCR_CONFIG: '/kaniko/.config/gcloud/docker_credential_gcr_config.json',
}

const ALPINE_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/',
  HOME: '/root',
}

interface RootLayout {
  /** Where busybox and its applet links live. */
  readonly busyboxDir: string
  readonly shellLink: string
  readonly dirs: readonly string[]
  /** Stub path inside the root → program name recorded. */
  readonly stubs: Readonly<Record<string, string>>
  readonly caBundle: string
  readonly env: Readonly<Record<string, string>>
}

const CRANE_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/busybox:/ko-app',
  HOME: '/root',
  SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt',
}

const LAYOUTS: Readonly<Record<ImageKind, RootLayout>> = {
  'crane-debug': {
    busyboxDir: '/busybox',
    shellLink: '/busybox/sh',
    dirs: ['/ko-app', '/etc/ssl/certs', '/tmp', '/root'],
    stubs: { '/ko-app/crane': 'crane' },
    caBundle: '/etc/ssl/certs/ca-certificates.crt',
    env: CRANE_ENV,
  },
  'kaniko-debug': {
    busyboxDir: '/busybox',
    shellLink: '/busybox/sh',
    dirs: ['/kaniko/.docker', '/kaniko/ssl/certs', '/workspace', '/etc'],
    stubs: {
      '/kaniko/executor': 'executor',
      '/kaniko/warmer': 'warmer',
      '/kaniko/docker-credential-gcr': 'docker-credential-gcr',
      '/kaniko/docker-credential-ecr-login': 'docker-credential-ecr-login',
      '/kaniko/docker-credential-acr-env': 'docker-credential-acr-env',
    },
    caBundle: '/kaniko/ssl/certs/ca-certificates.crt',
    env: KANIKO_ENV,
  },
  'manifest-tool-alpine': {
    busyboxDir: '/bin',
    shellLink: '/bin/busybox',
    dirs: ['/etc/ssl/certs', '/usr/bin', '/usr/local/bin', '/tmp', '/root', '/sbin', '/usr/sbin'],
    stubs: {
      '/manifest-tool': 'manifest-tool',
      '/usr/bin/docker-credential-gcloud': 'docker-credential-gcloud',
      '/usr/bin/docker-credential-ecr-login': 'docker-credential-ecr-login',
      '/usr/bin/docker-credential-acr-env': 'docker-credential-acr-env',
    },
    caBundle: '/etc/ssl/certs/ca-certificates.crt',
    env: ALPINE_ENV,
  },
}

/** `docker-credential-*` programs each image has on its PATH (config.json `credHelpers` name them). */
export const CREDENTIAL_HELPERS_ON_PATH: Readonly<Record<ImageKind, readonly string[]>> = {
  'kaniko-debug': Object.values(LAYOUTS['kaniko-debug'].stubs).filter((p) =>
    p.startsWith('docker-credential-'),
  ),
  'manifest-tool-alpine': Object.values(LAYOUTS['manifest-tool-alpine'].stubs).filter((p) =>
    p.startsWith('docker-credential-'),
  ),
  'crane-debug': [],
}

const HOST_BUSYBOX = '/usr/bin/busybox'
const DEVICES = [
  ['null', 1, 3],
  ['zero', 1, 5],
  ['random', 1, 8],
  ['urandom', 1, 9],
] as const

interface Template {
  readonly dir: string
  /** A finished root per image kind; runs copy it with `cp -a`. */
  readonly roots: Map<ImageKind, string>
  readonly busybox: string
  readonly applets: readonly string[]
  readonly devices: boolean
}

let template: Template | undefined
let runCounter = 0

/** Creates (once per process) the busybox copy and device nodes the template roots are built from. */
function getTemplate(): Template {
  if (template) return template
  if (!fs.existsSync(HOST_BUSYBOX)) {
    throw new Error(`${HOST_BUSYBOX} is missing: install Debian's busybox-static`)
  }
  const base = scratchBase()
  removeStaleDirs(base, TEMPLATE_PREFIX)
  const dir = fs.mkdtempSync(path.join(base, `${TEMPLATE_PREFIX}${process.pid}-`))
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  const busybox = path.join(dir, 'busybox')
  fs.copyFileSync(HOST_BUSYBOX, busybox)
  fs.chmodSync(busybox, 0o555)
  const list = spawnSync(busybox, ['--list'], { encoding: 'utf8' })
  if (list.status !== 0) throw new Error(`busybox --list failed: ${list.stderr}`)
  const applets = list.stdout.split('\n').filter((a) => /^[\w.[-]+$/.test(a) && a !== 'busybox')
  let devices = false
  if (isRoot()) {
    fs.mkdirSync(path.join(dir, 'dev'))
    devices = DEVICES.every(([name, major, minor]) => {
      const node = path.join(dir, 'dev', name)
      const made = spawnSync('mknod', ['-m', '666', node, 'c', String(major), String(minor)])
      return made.status === 0
    })
  }
  template = { dir, roots: new Map(), busybox, applets, devices }
  return template
}

/**
 * Where roots are built: tmpfs when there is one. On this project's ext4 disk a `cp -a` of a root
 * (300 applet links) takes ~160 ms; on /dev/shm ~6 ms.
 */
function scratchBase(): string {
  const override = process.env.KANIKOCONFIG_CHROOT_DIR
  if (override) return override
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK)
    return '/dev/shm'
  } catch {
    return os.tmpdir()
  }
}

const TEMPLATE_PREFIX = 'kanikoconfig-chroot-'

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

/** The stub: records program, `$0`, cwd, argv and env (all NUL-separated) in its own call directory. */
function stubScript(program: string, busybox: string): string {
  return `#!${busybox} sh
BB=${busybox}
i=0
while ! "$BB" mkdir "${HARNESS_DIR}/calls/$i" 2>/dev/null; do i=$((i + 1)); done
d="${HARNESS_DIR}/calls/$i"
printf '%s' '${program}' > "$d/program"
printf '%s' "$0" > "$d/invoked-as"
printf '%s' "$PWD" > "$d/cwd"
: > "$d/argv"
for a in "$@"; do printf '%s\\0' "$a" >> "$d/argv"; done
"$BB" env -0 > "$d/env"
exit "$("$BB" cat "${HARNESS_DIR}/stub-exit")"
`
}

/** The template root of an image kind, built once per process. */
function templateRoot(kind: ImageKind): string {
  const t = getTemplate()
  const existing = t.roots.get(kind)
  if (existing) return existing
  const layout = LAYOUTS[kind]
  const root = path.join(t.dir, `template-${kind}`)
  const inRoot = (p: string) => path.join(root, p)
  for (const d of [layout.busyboxDir, '/bin', '/dev', ...layout.dirs, `${HARNESS_DIR}/calls`]) {
    fs.mkdirSync(inRoot(d), { recursive: true })
  }
  const busyboxPath = path.posix.join(layout.busyboxDir, 'busybox')
  fs.copyFileSync(t.busybox, inRoot(busyboxPath))
  fs.chmodSync(inRoot(busyboxPath), 0o555)
  for (const applet of t.applets) {
    const link = inRoot(path.posix.join(layout.busyboxDir, applet))
    if (!fs.existsSync(link)) fs.symlinkSync('busybox', link)
  }
  if (!fs.existsSync(inRoot('/bin/sh'))) fs.symlinkSync(layout.shellLink, inRoot('/bin/sh'))
  if (t.devices) {
    for (const [name] of DEVICES) fs.linkSync(path.join(t.dir, 'dev', name), inRoot(`/dev/${name}`))
  }
  for (const [stubPath, program] of Object.entries(layout.stubs)) {
    fs.writeFileSync(inRoot(stubPath), stubScript(program, busyboxPath), { mode: 0o755 })
  }
  fs.writeFileSync(inRoot(layout.caBundle), `${SYSTEM_CA_MARKER}\n`)
  t.roots.set(kind, root)
  return root
}

/** A fresh root for one run: a `cp -a` of the template (a few ms), so runs never share state. */
function buildRoot(kind: ImageKind, stubExitCode: number): string {
  const source = templateRoot(kind)
  runCounter += 1
  const root = path.join(getTemplate().dir, `run-${runCounter}`)
  const copied = spawnSync('cp', ['-a', source, root], { encoding: 'utf8' })
  if (copied.status !== 0) throw new Error(`cp -a ${source} ${root} failed: ${copied.stderr}`)
  fs.writeFileSync(path.join(root, HARNESS_DIR, 'stub-exit'), String(stubExitCode))
  return root
}

/** POSIX single quoting: the text reaches the shell unchanged. */
export function singleQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

const SPECIAL_VARIABLE = /^[*#$@!?0-9-]$/

/**
 * GitLab Runner's expansion of variable values (Go's os.Expand with the runner's lookup): `$$` is a
 * literal `$`, `$NAME` and `${NAME}` take the (unexpanded) value, unknown names and `$1`, `$*`… are
 * empty, `${}` is dropped, a `$` before anything else stays.
 */
export function expandGitlabValue(value: string, lookup: (name: string) => string | undefined): string {
  let out = ''
  let i = 0
  while (i < value.length) {
    const c = value[i]
    if (c !== '$' || i + 1 >= value.length) {
      out += c
      i += 1
      continue
    }
    const rest = value.slice(i + 1)
    const [name, width] = shellName(rest)
    if (name === '' && width > 0) {
      // invalid syntax such as `${}`: os.Expand drops it
    } else if (name === '') out += '$'
    else if (name === '$') out += '$'
    else if (SPECIAL_VARIABLE.test(name)) out += ''
    else out += lookup(name) ?? ''
    i += 1 + width
  }
  return out
}

/** Go's os.getShellName. */
function shellName(s: string): [string, number] {
  const first = s[0] ?? ''
  if (first === '{') {
    const second = s[1] ?? ''
    if (s.length > 2 && SPECIAL_VARIABLE.test(second) && s[2] === '}') return [second, 3]
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '}') return i === 1 ? ['', 2] : [s.slice(1, i), i + 1]
    }
    return ['', 1]
  }
  if (SPECIAL_VARIABLE.test(first)) return [first, 1]
  let i = 0
  while (i < s.length && /[A-Za-z0-9_]/.test(s[i] as string)) i++
  return [s.slice(0, i), i]
}

/** The runner's job environment: CI variables, then the job's `variables:` expanded against all of them. */
export function jobEnvironment(
  ciVariables: Readonly<Record<string, string>>,
  jobVariables: Readonly<Record<string, string>>,
): Record<string, string> {
  const raw: Record<string, string> = { ...ciVariables, ...jobVariables }
  const lookup = (name: string) => (Object.hasOwn(raw, name) ? raw[name] : undefined)
  const env: Record<string, string> = { ...ciVariables }
  for (const [name, value] of Object.entries(jobVariables)) env[name] = expandGitlabValue(value, lookup)
  return env
}

/** Where GitLab Runner writes a File-type variable: `<project dir>.tmp/<NAME>` (TmpProjectDir). */
export function fileVariablePath(projectDir: string, name: string): string {
  return `${projectDir.replace(/\/+$/, '')}.tmp/${name}`
}

/** The script the runner feeds to the job's shell (see the module comment). */
export function runnerScript(
  env: Readonly<Record<string, string>>,
  projectDir: string,
  lines: readonly string[],
) {
  let body = ''
  for (const [name, value] of Object.entries(env)) body += `export ${name}=${singleQuote(value)}\n`
  body += `cd ${singleQuote(projectDir)}\n`
  for (const line of lines) body += `${line.trim()}\n`
  return [
    'trap exit 1 TERM',
    '',
    'if set -o | grep pipefail > /dev/null; then set -o pipefail; fi; set -o errexit',
    'set +o noclobber',
    `: | eval ${singleQuote(body)}`,
    'exit 0',
    '',
  ].join('\n')
}

/** Runs `before_script` + `script` of a job (see the module comment). */
export function runJob(job: JobToRun, options: RunOptions): RunResult {
  const kind =
    options.image ?? (job.image?.includes('manifest-tool') ? 'manifest-tool-alpine' : 'kaniko-debug')
  const lines = [...(job.beforeScript ?? []), ...job.script]
  const projectDir = variableText(options.variables.CI_PROJECT_DIR)
  if (!projectDir?.startsWith('/')) throw new Error('variables.CI_PROJECT_DIR must be an absolute path')

  const root = buildRoot(kind, options.stubExitCode ?? 0)
  try {
    const inRoot = (p: string) => path.join(root, p)
    fs.mkdirSync(inRoot(projectDir), { recursive: true })
    // File-type variables: the runner writes the content to <project>.tmp/NAME; the value is the path.
    const ciValues: Record<string, string> = {}
    for (const [name, variable] of Object.entries(options.variables)) {
      if (typeof variable === 'string') {
        ciValues[name] = variable
        continue
      }
      const file = fileVariablePath(projectDir, name)
      fs.mkdirSync(inRoot(path.posix.dirname(file)), { recursive: true })
      fs.writeFileSync(inRoot(file), variable.file)
      ciValues[name] = file
    }
    for (const [file, content] of Object.entries(options.files ?? {})) {
      if (!file.startsWith('/')) throw new Error(`files: ${file} is not an absolute path`)
      fs.mkdirSync(inRoot(path.posix.dirname(file)), { recursive: true })
      fs.writeFileSync(inRoot(file), content)
    }
    const env = jobEnvironment(ciValues, job.variables ?? {})
    const before = snapshot(root)
    const shellScript = runnerScript(env, projectDir, lines)
    // Root can chroot directly; anyone else needs a user namespace to be root in.
    const [command, args] = isRoot()
      ? ['/usr/sbin/chroot', [root, '/bin/sh']]
      : ['/usr/bin/unshare', ['-r', '/usr/sbin/chroot', root, '/bin/sh']]
    const result = spawnSync(command, args, {
      input: shellScript,
      env: { ...LAYOUTS[kind].env },
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 20_000,
      maxBuffer: 64 * 1024 * 1024,
    })
    if (result.error) throw result.error
    const invocations = readInvocations(root)
    const after = snapshot(root)
    const files: Record<string, string> = {}
    for (const [file, content] of after) {
      if (file.startsWith(`${HARNESS_DIR}/`)) continue
      const old = before.get(file)
      if (old === undefined || !old.equals(content)) files[file] = content.toString('utf8')
    }
    return {
      exitCode: result.status ?? -1,
      signal: result.signal,
      stdout: result.stdout,
      stderr: result.stderr,
      invocations,
      executorCalls: invocations.filter((c) => c.program === 'executor').map((c) => c.argv),
      manifestToolCalls: invocations.filter((c) => c.program === 'manifest-tool').map((c) => c.argv),
      files,
      jobEnv: env,
      shellScript,
    }
  } finally {
    spawnSync('rm', ['-rf', root])
  }
}

function variableText(v: CiVariable | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}

/** Regular files of the root (outside /busybox, /bin and /dev) with their content. */
function snapshot(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = `${rel}/${entry.name}`
      if (rel === '' && ['dev', 'proc', 'sys'].includes(entry.name)) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full, relPath)
      else if (entry.isFile()) {
        if (relPath === '/busybox/busybox' || relPath === '/bin/busybox') continue
        out.set(relPath, fs.readFileSync(full))
      }
    }
  }
  walk(root, '')
  return out
}

function readInvocations(root: string): Invocation[] {
  const callsDir = path.join(root, HARNESS_DIR, 'calls')
  const ids = fs
    .readdirSync(callsDir)
    .map(Number)
    .sort((a, b) => a - b)
  return ids.map((id) => {
    const d = path.join(callsDir, String(id))
    const read = (name: string) => fs.readFileSync(path.join(d, name), 'utf8')
    const env: Record<string, string> = {}
    for (const entry of splitNul(read('env'))) {
      const eq = entry.indexOf('=')
      if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1)
    }
    return {
      program: read('program'),
      invokedAs: read('invoked-as'),
      cwd: read('cwd'),
      argv: splitNul(read('argv')),
      env,
    }
  })
}

/** Splits NUL-terminated records. */
function splitNul(text: string): string[] {
  if (text === '') return []
  const parts = text.split('\0')
  parts.pop()
  return parts
}
