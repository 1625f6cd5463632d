import { cpus } from 'node:os'

/** Share of all CPUs' time spent busy (not idle) over `ms`, 0..1, from the kernel's counters. */
export async function cpuBusy(ms = 1000): Promise<number> {
  const totals = () =>
    cpus().reduce(
      (sum, cpu) => {
        const { user, nice, sys, irq, idle } = cpu.times
        return { busy: sum.busy + user + nice + sys + irq, all: sum.all + user + nice + sys + irq + idle }
      },
      { busy: 0, all: 0 },
    )
  const before = totals()
  await new Promise((done) => setTimeout(done, ms))
  const after = totals()
  const all = after.all - before.all
  return all > 0 ? (after.busy - before.busy) / all : 0
}

/**
 * Waits (up to `maxWaitMs`) until other work leaves the CPUs mostly idle, so the timings measure
 * the page rather than whatever else the machine is doing. Returns the last busy share seen and
 * how long it waited; the caller reports both.
 */
export async function waitForQuiet(
  maxBusy: number,
  maxWaitMs: number,
  onWait: (busy: number) => void,
): Promise<{ busy: number; waitedMs: number }> {
  const started = performance.now()
  let busy = await cpuBusy()
  while (busy > maxBusy && performance.now() - started < maxWaitMs) {
    onWait(busy)
    await new Promise((done) => setTimeout(done, 4000))
    busy = await cpuBusy()
  }
  return { busy, waitedMs: performance.now() - started }
}
