/** Frame statistics: pure functions over frame timestamps. */

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of a list (p in 0..100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Intervals between consecutive frame timestamps, and their p50, p95 and max. */
export function frameStats(timestamps: readonly number[]): FrameStats {
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i += 1) intervals.push(timestamps[i]! - timestamps[i - 1]!);
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: intervals.length ? Math.max(...intervals) : Number.NaN,
  };
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
