/** One measured figure, optionally against a baseline measured in the same process. */
export interface BenchResult {
  /** Which benchmark, e.g. `evaluate() per message`. */
  name: string;
  /** What was measured, e.g. `p99`. */
  metric: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value, when there is a baseline. */
  ratio?: number;
  /** The target in words, e.g. `<= 1.5x bare socket.io`. */
  target?: string;
  pass?: boolean;
}

/** A bench module under `bench/` named `*.bench.ts` exports `default: BenchSuite`. */
export type BenchSuite = () => Promise<BenchResult[]>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function compare(
  result: Omit<BenchResult, 'ratio' | 'pass'>,
  limit?: { maxRatio?: number; max?: number },
): BenchResult {
  // A baseline below the clock's resolution (0) gives no meaningful ratio.
  const ratio = result.baseline && result.baseline.value > 0 ? result.value / result.baseline.value : undefined;
  let pass: boolean | undefined;
  if (limit) {
    pass = (limit.maxRatio === undefined || (ratio !== undefined && ratio <= limit.maxRatio)) &&
      (limit.max === undefined || result.value <= limit.max);
  }
  return { ...result, ...(ratio === undefined ? {} : { ratio }), ...(pass === undefined ? {} : { pass }) };
}
