/** A bounded closed-loop load generator and percentiles, for bench/bench.ts. */

export interface LoadResult {
  count: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Runs `task` from `concurrency` loops until `maxRequests` are done or `maxSeconds` have passed
 * (whichever first), after `warmup` untimed calls. Latencies in milliseconds.
 */
export async function runLoad(
  task: (i: number) => Promise<void>,
  options: { concurrency: number; maxRequests: number; maxSeconds: number; warmup: number },
): Promise<LoadResult> {
  for (let i = 0; i < options.warmup; i++) await task(i).catch(() => {});
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const loop = async () => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      const i = issued++;
      const t = performance.now();
      try {
        await task(i);
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    errors,
    seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
  };
}
