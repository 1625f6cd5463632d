import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { singleQuote } from '../chroot-runner.ts'
import type { PreparedRegistry } from './registries.ts'

/**
 * One private network namespace for a whole test file: `unshare --net --mount --pid --fork` runs a
 * driver script that brings up loopback, bind-mounts its own /etc/hosts (the machine's stays
 * untouched), hides /var/lib, /var/tmp and /run behind tmpfs (containers/image writes a blob cache
 * to /var/lib/containers as root), starts the registries, then runs every step in order and
 * records each one's exit status and output. When the script ends the namespace's init dies and
 * the kernel kills every process left in it; `--kill-child` does the same if this process dies.
 */

export interface Step {
  readonly id: number
  readonly label: string
  readonly argv: readonly string[]
  /** The whole environment of the step (it runs under `env -i`). */
  readonly env: Readonly<Record<string, string>>
}

export interface StepResult {
  readonly code: number
  readonly elapsedMs: number
  readonly stdout: string
  readonly stderr: string
}

export interface SessionResult {
  readonly results: ReadonlyMap<number, StepResult>
  /** The driver's own output (registry start-up problems land here). */
  readonly driverStderr: string
  readonly driverCode: number | null
  readonly elapsedMs: number
}

const STEP_TIMEOUT_SECONDS = 60

export class NamespaceSession {
  readonly steps: Step[] = []

  constructor(
    private readonly workDir: string,
    private readonly registries: readonly PreparedRegistry[],
    private readonly caFile: string,
  ) {}

  add(label: string, argv: readonly string[], env: Readonly<Record<string, string>>): Step {
    const step = { id: this.steps.length, label, argv, env }
    this.steps.push(step)
    return step
  }

  run(timeoutMs = 120_000): SessionResult {
    const resultsDir = path.join(this.workDir, 'results')
    fs.mkdirSync(resultsDir, { recursive: true })
    const hostsFile = path.join(this.workDir, 'hosts')
    const names = [...new Set(this.registries.map((r) => r.host))]
    fs.writeFileSync(hostsFile, `127.0.0.1 localhost ${names.join(' ')}\n::1 localhost\n`)
    const script = path.join(this.workDir, 'driver.sh')
    fs.writeFileSync(script, this.driverScript(hostsFile, resultsDir))
    const started = Date.now()
    const driver = spawnSync(
      'unshare',
      ['--net', '--mount', '--pid', '--fork', '--mount-proc', '--kill-child', 'bash', script],
      { encoding: 'utf8', timeout: timeoutMs, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
    )
    const elapsedMs = Date.now() - started
    const results = new Map<number, StepResult>()
    for (const step of this.steps) {
      const file = (ext: string) => path.join(resultsDir, `${step.id}.${ext}`)
      if (!fs.existsSync(file('rc'))) continue
      results.set(step.id, {
        code: Number(fs.readFileSync(file('rc'), 'utf8').trim()),
        elapsedMs: Number(fs.readFileSync(file('ms'), 'utf8').trim()),
        stdout: fs.readFileSync(file('out'), 'utf8'),
        stderr: fs.readFileSync(file('err'), 'utf8'),
      })
    }
    const timedOut = driver.error ? `\n(driver: ${String(driver.error)})` : ''
    return { results, driverStderr: driver.stderr + timedOut, driverCode: driver.status, elapsedMs }
  }

  private driverScript(hostsFile: string, resultsDir: string): string {
    const q = singleQuote
    const lines = [
      // Set-up must not half-succeed (a failed tmpfs mount would let clients write to the machine).
      'set -eu',
      'ip link set lo up',
      `mount --bind ${q(hostsFile)} /etc/hosts`,
      'for d in /var/lib /var/tmp /run; do mount -t tmpfs kanikoconfig-test "$d"; done',
    ]
    for (const r of this.registries) {
      lines.push(`docker-registry serve ${q(r.configFile)} >${q(r.logFile)} 2>&1 &`)
    }
    for (const r of this.registries) {
      const url = `https://${r.address}/v2/`
      lines.push(
        `ok=; for i in $(seq 100); do if curl -s -o /dev/null --cacert ${q(this.caFile)} ${q(url)}; then ok=1; break; fi; sleep 0.05; done`,
        `[ -n "$ok" ] || { echo ${q(`${r.label} (${r.address}) did not start:`)} >&2; cat ${q(r.logFile)} >&2; exit 3; }`,
      )
    }
    lines.push(
      'set +e',
      `cd ${q(resultsDir)}`,
      `step() { id=$1; shift; t=$(date +%s%N); timeout ${STEP_TIMEOUT_SECONDS} "$@" >"$id.out" 2>"$id.err" </dev/null; echo $? >"$id.rc"; echo $((($(date +%s%N) - t) / 1000000)) >"$id.ms"; }`,
    )
    for (const step of this.steps) {
      const env = Object.entries(step.env).map(([k, v]) => q(`${k}=${v}`))
      lines.push(`# ${step.label.replace(/[\r\n]/g, ' ')}`)
      lines.push(['step', String(step.id), 'env', '-i', ...env, ...step.argv.map(q)].join(' '))
    }
    return `${lines.join('\n')}\n`
  }
}
