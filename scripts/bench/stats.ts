/** Order statistics for the benchmark: nearest-rank percentiles, no interpolation. */

export interface Summary {
  readonly n: number
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly max: number
}

/** The value at nearest rank ceil(p/100 × n) of the sorted values (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] as number
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
  }
}
