import { percentile } from './stats.ts'
import { FRAME_MS, type KeySample } from './typing.ts'

/**
 * Which keys' frames came one vsync late, by the key's phase on the 60 Hz frame clock
 * (docs/benchmark.md, "One vsync late"). A key's frame normally belongs to the vsync the key came
 * after: Chromium starts it as soon as the key's input event is done, stamped with that vsync's time
 * (requestAnimationFrame's argument, before the key). When the compositor's scheduler has already
 * handled that vsync's BeginFrame (it was still drawing or ticking), the frame waits for the next
 * vsync instead, however little the key costs.
 */

/**
 * A key came a vsync late when its frame is stamped with a vsync more than this after the key…
 * A key in the last ms of an interval gets the next vsync's frame anyway: it is not counted.
 */
export const LATE_AFTER_MS = 4

/**
 * … and more than this after the key's edit was done (`model`): the page was free and its frame
 * waited for the clock. A key whose input event ends at (or runs past) the next vsync gets that
 * vsync's stamp with its frame right after the edit: not counted.
 */
export const WAITED_MS = 2

/** Width of the phase bins of the table (ms). */
export const PHASE_BIN_MS = 2

/** Ms from the last vsync at or before the key to the key, on the grid its first frame gives. */
export function keyPhase(sample: KeySample): number | null {
  if (sample.frameTime === null) return null
  const phase = ((-sample.frameTime % FRAME_MS) + FRAME_MS) % FRAME_MS
  // A key on a vsync can come out a rounding error under FRAME_MS: phase 0.
  return phase > FRAME_MS - 1e-6 ? 0 : phase
}

/** Whether the key's frame waited for a later vsync than the one the key came after. */
export function cameVsyncLate(sample: KeySample): boolean | null {
  if (sample.frameTime === null) return null
  return sample.frameTime > Math.max(LATE_AFTER_MS, (sample.model ?? 0) + WAITED_MS)
}

export interface PhaseBin {
  /** The bin holds keys from `from` to `from + PHASE_BIN_MS` ms after a vsync. */
  readonly from: number
  readonly keys: number
  /** Of those, keys whose frame came a vsync late. */
  readonly late: number
  /** Median keystroke → visible lines of the bin's keys that reached the screen (ms), or null. */
  readonly visibleMedian: number | null
}

export interface VsyncPhases {
  /** Keys with a frame time (the pass's usable keys). */
  readonly keys: number
  readonly late: number
  readonly bins: readonly PhaseBin[]
}

/** The phase table of a typing pass: keys whose changed line was already on screen left out. */
export function vsyncPhases(samples: readonly KeySample[]): VsyncPhases {
  const placed = samples.filter((s) => !s.ambiguous && s.frameTime !== null)
  const bins: PhaseBin[] = []
  for (let from = 0; from < FRAME_MS; from += PHASE_BIN_MS) {
    const inBin = placed.filter((s) => {
      const phase = keyPhase(s) as number
      return phase >= from && phase < from + PHASE_BIN_MS
    })
    const visible = inBin.map((s) => s.dom).filter((v): v is number => v !== null)
    bins.push({
      from,
      keys: inBin.length,
      late: inBin.filter((s) => cameVsyncLate(s)).length,
      visibleMedian: visible.length > 0 ? percentile(visible, 50) : null,
    })
  }
  return { keys: placed.length, late: placed.filter((s) => cameVsyncLate(s)).length, bins }
}

/** The table as text lines, under a title naming the pass. */
export function phaseTable(title: string, phases: VsyncPhases): string[] {
  const rows = phases.bins.map((bin) => {
    const range = `${bin.from}–${Math.min(bin.from + PHASE_BIN_MS, FRAME_MS).toFixed(0)} ms`.padEnd(10)
    const visible = bin.visibleMedian === null ? '—' : `${bin.visibleMedian.toFixed(1)} ms`
    return `  ${range} ${String(bin.keys).padStart(4)} keys ${String(bin.late).padStart(4)} late   visible median ${visible}`
  })
  return [
    `One vsync late, ${title}: ${phases.late}/${phases.keys} keys (frame stamped with a vsync > ${LATE_AFTER_MS} ms after the key and > ${WAITED_MS} ms after its edit), by the key’s phase after the last vsync:`,
    ...rows,
  ]
}
