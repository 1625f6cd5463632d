import { defaultConfig, presetConfig } from '../../src/core/config/index.ts'
import { generate } from '../../src/core/generate/index.ts'
import { encodeShareFragment } from '../../src/core/share/index.ts'
import { type Summary, summarize } from './stats.ts'

export interface NodeTimings {
  /** generate(kitchen-sink) in ms, each of `runs` calls timed on its own after a warm-up. */
  readonly generate: Summary & { readonly runs: number; readonly warmup: number; readonly yamlChars: number }
  readonly fragments: { readonly default: number; readonly kitchenSink: number }
}

export function nodeTimings(runs = 1000, warmup = 500): NodeTimings {
  const config = presetConfig('kitchen-sink')
  let yaml = ''
  for (let i = 0; i < warmup; i++) yaml = generate(config)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    generate(config)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return {
    generate: { ...summarize(times), runs, warmup, yamlChars: yaml.length },
    fragments: {
      default: encodeShareFragment(defaultConfig()).fragment.length,
      kitchenSink: encodeShareFragment(config).fragment.length,
    },
  }
}
