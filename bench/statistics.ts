// Small statistics over timing samples: medians, nearest-rank percentiles, repeated timing within a budget.

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

export interface Repetition {
  /** Timed repetitions wanted. */
  repetitions: number;
  /** Fewer (but never under three) when the timed repetitions would take longer than this, ms. */
  budgetMs: number;
}

/** Runs `work` once untimed (warm-up), then timed until `repetitions` or the budget is spent; durations in ms. */
export function timeRepeated(work: () => void, { repetitions, budgetMs }: Repetition): number[] {
  work();
  const durations: number[] = [];
  let spent = 0;
  while (durations.length < repetitions && (durations.length < 3 || spent < budgetMs)) {
    const started = performance.now();
    work();
    const duration = performance.now() - started;
    durations.push(duration);
    spent += duration;
  }
  return durations;
}
