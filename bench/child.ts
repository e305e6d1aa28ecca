/**
 * Each measurement runs in its own Node process: a clean heap per size, a heap limit of its own
 * (HyperFormula at a million rows needs far more than the default), and a time limit, so one
 * measurement that runs out of memory or time is reported as such and the rest still run.
 */
import { spawn } from "node:child_process";

export const RESULT_MARK = "@@kontrakttjek-bench@@ ";

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export interface ChildOptions {
  readonly heapMb?: number;
  readonly timeoutMs: number;
  readonly extraArgs?: readonly string[];
}

/** Run `bench.cjs --worker <kind> --rows <rows>` and return what it printed after the mark. */
export function runWorker<T>(kind: string, rows: number, options: ChildOptions): Promise<Outcome<T>> {
  const script = process.argv[1] ?? "";
  const nodeArgs = ["--expose-gc", ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [])];
  const args = [...nodeArgs, script, "--worker", kind, "--rows", String(rows), ...(options.extraArgs ?? [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
      if (err.length > 20_000) err = err.slice(-10_000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.split("\n").find((l) => l.startsWith(RESULT_MARK));
      if (line) {
        resolve({ ok: true, value: JSON.parse(line.slice(RESULT_MARK.length)) as T });
        return;
      }
      if (timedOut) {
        resolve({ ok: false, reason: `did not finish within ${Math.round(options.timeoutMs / 1000)} s (stopped)` });
        return;
      }
      const oom = /heap out of memory|Allocation failed|invalid array length|Invalid string length/i.exec(err);
      const heap = options.heapMb ? ` with a ${options.heapMb} MB heap` : "";
      const reason = oom
        ? `ran out of memory${heap} (${oom[0]})`
        : `worker failed (exit ${code ?? signal}): ${lastLines(err)}`;
      resolve({ ok: false, reason });
    });
  });
}

export const lastLines = (text: string, n = 3): string =>
  text
    .trim()
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(-n)
    .join(" | ")
    .slice(0, 400);

/** Print a worker's result for the parent to read. */
export const reportToParent = (value: unknown): void => {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(value)}\n`);
};
