import fs from 'node:fs'
import path from 'node:path'

/**
 * Test workers are often killed rather than exiting, so their cleanup never runs: removes the
 * directories in `base` named `<prefix><pid>-…` whose process is gone.
 */
export function removeStaleDirs(base: string, prefix: string): void {
  for (const name of fs.readdirSync(base)) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length).split('-')[0])
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) {
      fs.rmSync(path.join(base, name), { recursive: true, force: true })
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
