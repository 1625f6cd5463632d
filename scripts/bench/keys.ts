import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from './browser.ts'
import { buildSite, REPO_ROOT } from './build.ts'
import { fiveImageHash } from './five-images.ts'
import { type KeystrokeProfile, profileTyping } from './profile.ts'
import { type BenchServer, serve } from './server.ts'
import { type KeystrokeTrace, traceTyping, WORK_KINDS } from './trace.ts'

/**
 * `npm run bench:keys`: only the keystroke's work, in thread time (which a busy machine inflates less
 * than wall-clock latencies), for the default page and the five-image config, interleaved
 * (`BENCH_SESSIONS` traced sessions of `BENCH_KEYS` keys each per config; the figures are the
 * medians over sessions). `BENCH_PROFILE=1` adds one profiled session per config (V8 samples by
 * src/ file or package). Meant for before/after comparisons of a change to the keystroke's path:
 * `npm run bench:keys -- <dir> <dir>…` types into already built sites (`vite build --outDir <dir>
 * --sourcemap hidden`) instead, interleaving their sessions so that both see the same machine.
 */
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 4)
const KEYS = Number(process.env.BENCH_KEYS ?? 60)
const log = (message: string) => process.stderr.write(`bench:keys: ${message}\n`)
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}
const ms = (v: number) => `${v.toFixed(2)} ms`

const ALL_CONFIGS = { default: '', 'five images': fiveImageHash() } as const
/** `BENCH_CONFIGS=five` (a part of the names, comma-separated) types into those configs only. */
const CONFIGS = Object.fromEntries(
  Object.entries(ALL_CONFIGS).filter(
    ([name]) =>
      !process.env.BENCH_CONFIGS || process.env.BENCH_CONFIGS.split(',').some((part) => name.includes(part)),
  ),
)

function report(name: string, traces: readonly KeystrokeTrace[], profile?: KeystrokeProfile): string {
  const m = (pick: (t: KeystrokeTrace) => number) => ms(median(traces.map(pick)))
  const lines = [
    `${name} (${traces.length} sessions × ${KEYS} keys, medians over sessions)`,
    `  path median ${m((t) => t.criticalMs.median)}, p95 ${m((t) => t.criticalMs.p95)}`,
    `  input event median ${m((t) => t.inputMs.median)}, p95 ${m((t) => t.inputMs.p95)}`,
    `  animation frame median ${m((t) => t.animationFrameMs.median)}, p95 ${m((t) => t.animationFrameMs.p95)}`,
    `  all main-thread work per key: ${m((t) => WORK_KINDS.reduce((sum, k) => sum + t.perKeyMs[k], 0))}`,
    ...WORK_KINDS.map((k) => `    ${k}: ${m((t) => t.perKeyMs[k])}`),
    '  the path by kind (mean per key, medians over sessions)',
    ...WORK_KINDS.map((k) => `    ${k}: ${m((t) => t.pathByKindMs[k])}`),
    '  the path by task (mean per key, medians over sessions)',
    ...[...new Set(traces.flatMap((t) => Object.keys(t.pathByTaskMs)))]
      .map((task) => [task, median(traces.map((t) => t.pathByTaskMs[task] ?? 0))] as const)
      .sort((a, b) => b[1] - a[1])
      .filter(([, v]) => v >= 0.05)
      .map(([task, v]) => `    ${task}: ${ms(v)}`),
  ]
  if (profile) {
    lines.push(`  profiled: ${ms(profile.perKeyMs)} per key`)
    for (const g of profile.groups.slice(0, 16)) {
      const callers = g.callers
        .slice(0, 3)
        .map((c) => `${c.caller} ${c.perKeyMs.toFixed(2)}`)
        .join(', ')
      lines.push(`    ${g.group}: ${ms(g.perKeyMs)}${callers ? ` (${callers})` : ''}`)
    }
  }
  return lines.join('\n')
}

const given = process.argv.slice(2)
const dir = given.length > 0 ? undefined : await mkdtemp(join(tmpdir(), 'kanikoconfig-bench-keys-'))
try {
  if (dir) {
    log(`building into ${dir}`)
    await buildSite(dir, { sourcemaps: true })
  }
  const sites = dir ? [dir] : given
  const servers = await Promise.all(sites.map((site) => serve(site)))
  const browser = await launchChromium()
  const traces = new Map<string, KeystrokeTrace[]>()
  const profiles = new Map<string, KeystrokeProfile>()
  const label = (site: string, name: string) => (sites.length > 1 ? `${site}: ${name}` : name)
  try {
    for (let session = 0; session < SESSIONS; session++) {
      for (const [name, hash] of Object.entries(CONFIGS)) {
        for (const [i, site] of sites.entries()) {
          log(`${label(site, name)}: traced session ${session + 1}/${SESSIONS}`)
          const list = traces.get(label(site, name)) ?? []
          list.push(await traceTyping(browser, servers[i] as BenchServer, KEYS, {}, hash))
          traces.set(label(site, name), list)
        }
      }
    }
    if (process.env.BENCH_PROFILE === '1') {
      for (const [name, hash] of Object.entries(CONFIGS)) {
        for (const [i, site] of sites.entries()) {
          log(`${label(site, name)}: profiled session`)
          const server = servers[i] as BenchServer
          profiles.set(
            label(site, name),
            await profileTyping(browser, server, site, REPO_ROOT, KEYS, {}, hash),
          )
        }
      }
    }
  } finally {
    await browser.close()
    await Promise.all(servers.map((server) => server.close()))
  }
  for (const name of traces.keys())
    process.stdout.write(`${report(name, traces.get(name) ?? [], profiles.get(name))}\n`)
} finally {
  if (dir) await rm(dir, { recursive: true, force: true })
}
