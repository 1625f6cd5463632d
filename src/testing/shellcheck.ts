import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/**
 * `shellcheck -s sh -f json` over many scripts in one process (one file per script), because a
 * shellcheck start costs more than checking a job script.
 */

export interface ShellcheckFinding {
  readonly line: number
  readonly column: number
  readonly level: 'error' | 'warning' | 'info' | 'style'
  readonly code: number
  readonly message: string
  /** The script line the finding points at, to make a failure readable. */
  readonly source: string
}

export interface ScriptToCheck {
  readonly id: string
  readonly text: string
  /**
   * Names the job's environment provides (its `variables:`), declared with `export NAME` the way
   * GitLab Runner's script exports every variable before the job's lines. Without it shellcheck
   * reports lower-case ones such as `http_proxy` as referenced but not assigned.
   */
  readonly exported?: readonly string[]
}

interface RawFinding {
  file: string
  line: number
  column: number
  level: ShellcheckFinding['level']
  code: number
  message: string
}

/** Files per shellcheck process: keeps the command line far below ARG_MAX. */
const BATCH = 400

/** Findings per script id (an empty list means clean). Throws when shellcheck itself fails. */
export function shellcheckScripts(scripts: readonly ScriptToCheck[]): Map<string, ShellcheckFinding[]> {
  const result = new Map<string, ShellcheckFinding[]>()
  if (scripts.length === 0) return result
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanikoconfig-shellcheck-'))
  try {
    const byFile = new Map<string, { script: ScriptToCheck; headerLines: number; lines: string[] }>()
    scripts.forEach((script, index) => {
      if (result.has(script.id)) throw new Error(`duplicate script id ${script.id}`)
      result.set(script.id, [])
      const header = (script.exported ?? []).map((name) => `export ${name}`)
      const file = `s${index}.sh`
      fs.writeFileSync(path.join(dir, file), [...header, script.text, ''].join('\n'))
      byFile.set(file, { script, headerLines: header.length, lines: script.text.split('\n') })
    })
    const files = [...byFile.keys()]
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH)
      const run = spawnSync('shellcheck', ['-s', 'sh', '-f', 'json', '--', ...batch], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      })
      if (run.error) throw run.error
      // rc 0: clean, 1: findings; anything else is shellcheck failing.
      if (run.status !== 0 && run.status !== 1) {
        throw new Error(`shellcheck exited with ${run.status}: ${run.stderr}`)
      }
      for (const raw of JSON.parse(run.stdout) as RawFinding[]) {
        const entry = byFile.get(raw.file)
        if (!entry) throw new Error(`shellcheck reported an unknown file ${raw.file}`)
        const line = raw.line - entry.headerLines
        result.get(entry.script.id)?.push({
          line,
          column: raw.column,
          level: raw.level,
          code: raw.code,
          message: raw.message,
          source: line >= 1 ? (entry.lines[line - 1] ?? '') : `export ${entry.script.exported?.join(' ')}`,
        })
      }
    }
    return result
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** One readable line per finding, for assertion messages. */
export function formatFindings(findings: readonly ShellcheckFinding[]): string {
  return findings
    .map((f) => `line ${f.line}:${f.column} SC${f.code} ${f.level}: ${f.message}\n    ${f.source}`)
    .join('\n')
}

/** A job's shell text as the runner runs it: each `before_script` and `script` entry trimmed, in order. */
export function jobScript(
  id: string,
  job: {
    readonly variables?: Readonly<Record<string, string>>
    readonly beforeScript?: readonly string[]
    readonly script: readonly string[]
  },
): ScriptToCheck {
  const lines = [...(job.beforeScript ?? []), ...job.script].map((line) => line.trim())
  return { id, text: lines.join('\n'), exported: Object.keys(job.variables ?? {}) }
}
