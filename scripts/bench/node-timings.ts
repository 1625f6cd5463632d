import { type Config, defaultConfig, presetConfig } from '../../src/core/config/index.ts'
import { diagnose } from '../../src/core/diagnostics/index.ts'
import { generate } from '../../src/core/generate/index.ts'
import { encodeShareFragment } from '../../src/core/share/index.ts'
import { type Summary, summarize } from './stats.ts'

export interface NodeTimings {
  /** generate(kitchen-sink) in ms, each of `runs` calls timed on its own after a warm-up. */
  readonly generate: Summary & {
    readonly runs: number
    readonly warmup: number
    readonly yamlChars: number
    readonly images: number
  }
  /** diagnose(kitchen-sink) in ms, timed like `generate` (it also runs on every keystroke). */
  readonly diagnose: Summary & { readonly runs: number; readonly warmup: number; readonly findings: number }
  readonly fragments: { readonly default: number; readonly kitchenSink: number }
}

/**
 * Each of `runs` calls of `run` timed on its own, in ms, after `warmup` untimed calls. Every call gets
 * its own copy of `config`: generate and diagnose reuse an image's work while its objects are the same
 * (per-image.ts), and the figure is the whole work, as after a change to a shared setting.
 */
function timeEach(run: (config: Config) => unknown, config: Config, runs: number, warmup: number): number[] {
  const copies = Array.from({ length: runs + warmup }, () => structuredClone(config))
  for (let i = 0; i < warmup; i++) run(copies[i] as Config)
  const times: number[] = []
  for (let i = warmup; i < runs + warmup; i++) {
    const copy = copies[i] as Config
    const start = process.hrtime.bigint()
    run(copy)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return times
}

export function nodeTimings(runs = 1000, warmup = 500): NodeTimings {
  const config = presetConfig('kitchen-sink')
  const generateTimes = timeEach(generate, config, runs, warmup)
  const diagnoseTimes = timeEach(diagnose, config, runs, warmup)
  return {
    generate: {
      ...summarize(generateTimes),
      runs,
      warmup,
      yamlChars: generate(config).length,
      images: config.images.length,
    },
    diagnose: { ...summarize(diagnoseTimes), runs, warmup, findings: diagnose(config).length },
    fragments: {
      default: encodeShareFragment(defaultConfig()).fragment.length,
      kitchenSink: encodeShareFragment(config).fragment.length,
    },
  }
}
