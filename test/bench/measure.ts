/**
 * Timing helpers for the benchmarks: warm up, repeat, report the median and the best run. With
 * `node --expose-gc` (as `npm run bench` runs), every timed run starts from a collected heap, so
 * each pays for its own garbage and not for the previous run's.
 */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

export interface Timing {
  median: number;
  best: number;
  runs: number;
  /** The median CPU time of this thread's process over the runs (user + system), less sensitive to a busy machine. */
  cpuMedian?: number;
}

export function measure(run: () => unknown, { runs = 7, warmup = 1 }: { runs?: number; warmup?: number } = {}): Timing {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]!, runs };
}

/**
 * Times `a` and `b` interleaved (a, b, a, b…) so a busy machine slows both alike, and returns
 * their medians and the ratio of the medians.
 */
export function compare(a: () => unknown, b: () => unknown, runs = 7): { a: Timing; b: Timing; ratio: number; cpuRatio: number } {
  a();
  b();
  const timesA: number[] = [];
  const timesB: number[] = [];
  const cpuA: number[] = [];
  const cpuB: number[] = [];
  const timed = (run: () => unknown, times: number[], cpu: number[]) => {
    collect();
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    run();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < runs; i++) {
    timed(a, timesA, cpuA);
    timed(b, timesB, cpuB);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const summary = (times: number[], cpu: number[]): Timing => ({ median: median(times), best: Math.min(...times), runs, cpuMedian: median(cpu) });
  const timingA = summary(timesA, cpuA);
  const timingB = summary(timesB, cpuB);
  return { a: timingA, b: timingB, ratio: timingB.median / timingA.median, cpuRatio: timingB.cpuMedian! / timingA.cpuMedian! };
}

export const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
