import { BUDGETS } from './budgets.ts'
import { summarize } from './stats.ts'
import { type FigureRow, ms, status } from './table.ts'
import { renderFrame, type TypingRun } from './typing.ts'
import { vsyncPhases } from './vsync-phase.ts'

/**
 * The typing passes of `npm run bench` (issue 15 item 4, issue 11 item 14): the default page and the
 * five-image config, each as it is and with the CPU throttled. Each pass has its keystroke → visible
 * lines figure against the same budget (p95 ≤ 16 ms), the count of keys rendered by the first
 * vsync's frame, the count of keys whose frame came one vsync late, and its own key in
 * bench/results.json.
 */
export interface TypingPass {
  /** Its key in bench/results.json. */
  readonly id: 'typing' | 'typingThrottled' | 'typingFiveImages' | 'typingFiveImagesThrottled'
  /** What the figure's label adds to "keystroke → visible lines" ('' for the default page). */
  readonly label: string
  readonly cpuSlowdown: number
  readonly fiveImages: boolean
}

/** The passes in the order they run; the throttled ones only when `cpuSlowdown` > 1. */
export function typingPasses(cpuSlowdown: number): TypingPass[] {
  const slower = `CPU ${cpuSlowdown}× slower`
  return [
    { id: 'typing', label: '', cpuSlowdown: 1, fiveImages: false },
    ...(cpuSlowdown > 1
      ? [{ id: 'typingThrottled', label: slower, cpuSlowdown, fiveImages: false } as const]
      : []),
    { id: 'typingFiveImages', label: 'five images', cpuSlowdown: 1, fiveImages: true },
    ...(cpuSlowdown > 1
      ? [
          {
            id: 'typingFiveImagesThrottled',
            label: `five images, ${slower}`,
            cpuSlowdown,
            fiveImages: true,
          } as const,
        ]
      : []),
  ]
}

/** Latency figures of a typing session (keys whose changed line was already on screen left out). */
export function keyStats(typing: TypingRun) {
  const usable = typing.samples.filter((s) => !s.ambiguous)
  const measured = (key: 'model' | 'dom' | 'frame') =>
    usable.map((s) => s[key]).filter((v): v is number => v !== null)
  return {
    model: summarize(measured('model')),
    dom: summarize(measured('dom')),
    frame: summarize(measured('frame')),
    /** Keys rendered by the frame of the first vsync after them (renderFrame ≤ 1), of those measured. */
    withinFrame: usable.filter((s) => (renderFrame(s) ?? 2) <= 1).length,
    shown: usable.filter((s) => renderFrame(s) !== null).length,
    renderFrame: summarize(usable.map(renderFrame).filter((v): v is number => v !== null)),
    /** Keys whose frame came one vsync late, by phase (vsync-phase.ts). */
    phases: vsyncPhases(typing.samples),
    handlerDelay: summarize(usable.map((s) => s.handlerDelay)),
    sent: typing.samples.length,
    ambiguous: typing.samples.length - usable.length,
    missingModel: usable.filter((s) => s.model === null).length,
    missingDom: usable.filter((s) => s.dom === null).length,
  }
}

export type KeyStats = ReturnType<typeof keyStats>

/** PASS when the p95 is within the budget and every measured key reached the screen. */
export const withinBudget = (stats: KeyStats): boolean =>
  stats.dom.p95 <= BUDGETS.keyToVisibleP95Ms && stats.missingDom === 0

/** A pass's rows of the figures table: keystroke → visible lines, then the frame count. */
export function passFigures(pass: TypingPass, stats: KeyStats): FigureRow[] {
  const label = pass.label ? `, ${pass.label}` : ''
  return [
    {
      figure: `keystroke → visible lines${label} (${stats.dom.n} keys)`,
      median: ms(stats.dom.median, 1),
      p95: ms(stats.dom.p95, 1),
      budget: `p95 ≤ ${ms(BUDGETS.keyToVisibleP95Ms)}`,
      status: status(withinBudget(stats)),
    },
    {
      figure: `  … rendered by the first vsync's frame${label}`,
      median: `${stats.withinFrame}/${stats.shown} keys`,
      p95: `frame ${stats.renderFrame.p95}`,
      budget: '',
      status: '',
    },
    {
      figure: `  … frame one vsync late${label}`,
      median: `${stats.phases.late}/${stats.phases.keys} keys`,
      p95: '',
      budget: '',
      status: '',
    },
  ]
}

/** What bench/results.json keeps of a pass (under `pass.id`). */
export function passResults(pass: TypingPass, stats: KeyStats) {
  return {
    cpuSlowdown: pass.cpuSlowdown,
    fiveImages: pass.fiveImages,
    keyToModel: stats.model,
    keyToVisible: stats.dom,
    keyToFrame: stats.frame,
    withinFrame: { keys: stats.withinFrame, of: stats.shown, renderFrameP95: stats.renderFrame.p95 },
    vsyncLate: stats.phases,
    handlerDelay: stats.handlerDelay,
    sent: stats.sent,
    ambiguous: stats.ambiguous,
    missingModel: stats.missingModel,
    missingDom: stats.missingDom,
  }
}
