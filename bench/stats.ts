/** Small helpers for timings: medians of repeated runs, rounding for the table. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export const mb = (bytes: number): number => round(bytes / (1024 * 1024), 1);

/** Time `fn` `runs` times after `warmup` untimed runs; returns every timing in ms. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

/** CPU milliseconds of this process so far (user + system, every thread). */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** `timeRuns` in CPU time: on a shared machine it moves far less than wall time. */
export function cpuRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    fn();
    out.push(cpuMs() - t);
  }
  return out;
}
