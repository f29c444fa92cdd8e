// Small statistics over timing samples: medians and nearest-rank percentiles.

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `work` `warmups` times untimed, then `repetitions` times timed; returns the durations in ms. */
export function timeRepeated(work: () => void, repetitions: number, warmups = 1): number[] {
  for (let index = 0; index < warmups; index++) work();
  const durations: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    const started = performance.now();
    work();
    durations.push(performance.now() - started);
  }
  return durations;
}
