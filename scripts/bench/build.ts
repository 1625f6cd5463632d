import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Manifest } from './initial.ts'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface BuiltSite {
  /** The build's output directory (what `vite build` writes to dist/). */
  readonly dir: string
  readonly manifest: Manifest
  readonly ms: number
}

/**
 * `vite build` with the project's vite.config.ts into `outDir` (never dist/: other people serve that
 * one while they work). Run as a child process with NODE_ENV=production so that a caller running
 * under vitest (NODE_ENV=test) still gets React's production build. `--manifest` only adds
 * .vite/manifest.json; `--sourcemap hidden` only adds .map files that nothing references: the
 * served files are byte-identical to `npm run build`'s.
 */
export async function buildSite(outDir: string, options: { sourcemaps?: boolean } = {}): Promise<BuiltSite> {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn']
  if (options.sourcemaps) args.push('--sourcemap', 'hidden')
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}:\n${output}`)),
    )
  })
  const ms = performance.now() - started
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
  return { dir: outDir, manifest, ms }
}
