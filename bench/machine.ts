/** The line naming the machine a result came from: numbers mean little without it. */
import { arch, cpus, loadavg, platform, totalmem } from "node:os";

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memory_gb: number;
  readonly node: string;
  readonly platform: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  readonly load: number;
}

export function machine(): Machine {
  const c = cpus();
  return {
    cores: c.length,
    cpu: (c[0]?.model ?? "unknown CPU").replace(/\s+/g, " ").trim(),
    memory_gb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${platform()}-${arch()}`,
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

export const machineLine = (m: Machine): string =>
  `Machine: ${m.cores} cores (${m.cpu}), ${m.memory_gb} GB memory, Node ${m.node}, ${m.platform}, load ${m.load} at start`;
