/**
 * `kontrakttjek evaluate f.xlsx --contract sjaelland-2025 --write out.xlsx` end to end, in a
 * child process exactly as a user runs it (default heap), on an .xlsx of the given size;
 * peak memory comes from a preloaded script that reports the kernel's maxRSS at exit.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lastLines, runWorker } from "./child";
import { CONTRACT_ID } from "./contract";
import { mb, round } from "./stats";
import type { XlsxResult } from "./workers/xlsx";
import type { StagesResult } from "./workers/stages";

export interface CliResult {
  readonly rows: number;
  readonly cli_ms: number | null;
  readonly cli_peak_mb: number | null;
  readonly exit_code: number | null;
  readonly xlsx_mb: number | null;
  readonly out_mb: number | null;
  readonly note?: string;
  /** The same run stage by stage in one process, each stage beside its floor (null: skipped or failed). */
  readonly stages?: StagesResult | null;
  readonly stages_note?: string;
  /** When `--write` failed: the same evaluation without writing, to show how far the CLI gets. */
  readonly without_write?: {
    readonly ms: number | null;
    readonly peak_mb: number | null;
    readonly exit_code: number | null;
  };
}

const CLI_BUNDLE = join("dist", "cli", "kontrakttjek.cjs");
const PRELOAD = join(__dirname, "maxrss.cjs");

/** Rebuild the CLI bundle so the timing is of the code in the tree; false when it cannot be built. */
export function buildCli(): string | null {
  if (!existsSync(join("scripts", "build-cli.mjs"))) return "scripts/build-cli.mjs is missing";
  const r = spawnSync(process.execPath, [join("scripts", "build-cli.mjs")], { encoding: "utf8" });
  if (r.status !== 0) {
    const text = r.stderr || r.stdout;
    const first = text.split("\n").find((l) => /ERROR|error:/.test(l));
    return `the CLI does not build: ${(first ?? lastLines(text)).replace(/^.*?ERROR\]\s*/, "").slice(0, 200)}`;
  }
  return existsSync(CLI_BUNDLE) ? null : `${CLI_BUNDLE} was not produced`;
}

function timeCli(file: string, out: string | null, rssFile: string, timeoutMs: number) {
  const write = out === null ? [] : ["--write", out];
  const args = ["-r", PRELOAD, CLI_BUNDLE, "evaluate", file, "--contract", CONTRACT_ID, ...write];
  return new Promise<{ ms: number; code: number | null; stderr: string; timedOut: boolean }>((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, KT_BENCH_MAXRSS_FILE: rssFile },
    });
    let stderr = "";
    let timedOut = false;
    child.stderr.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-8000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, stderr, timedOut });
    });
  });
}

export async function measureCli(rows: number, timeoutMs: number, withStages = true): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), "kontrakttjek-bench-"));
  const file = join(dir, `bench-${rows}.xlsx`);
  const out = join(dir, `bench-${rows}-out.xlsx`);
  const rssFile = join(dir, "maxrss");
  const none = { cli_ms: null, cli_peak_mb: null, exit_code: null, out_mb: null };
  try {
    const written = await runWorker<XlsxResult>("xlsx", rows, {
      heapMb: 14_000,
      timeoutMs: 30 * 60_000,
      extraArgs: ["--file", file],
    });
    if (!written.ok) return { rows, ...none, xlsx_mb: null, note: `writing the .xlsx: ${written.reason}` };
    let stages: Pick<CliResult, "stages" | "stages_note"> = {};
    if (withStages) {
      const r = await runWorker<StagesResult>("stages", rows, {
        heapMb: 8_000,
        timeoutMs,
        extraArgs: ["--file", file],
      });
      stages = r.ok ? { stages: r.value } : { stages: null, stages_note: r.reason };
      rmSync(`${file}.out.xlsx`, { force: true });
    }
    const run = await timeCli(file, out, rssFile, timeoutMs);
    const peakKb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
    const peak = Number.isFinite(peakKb) ? mb(peakKb * 1024) : null;
    // Exit 1 means "error findings" (the planted faults): a normal, complete run.
    const complete = !run.timedOut && (run.code === 0 || run.code === 1) && existsSync(out);
    const note = run.timedOut
      ? `did not finish within ${Math.round(timeoutMs / 1000)} s (stopped)`
      : complete
        ? undefined
        : /heap out of memory|Allocation failed/i.test(run.stderr)
          ? `ran out of memory at Node's default heap (exit ${run.code})`
          : `failed (exit ${run.code}): ${lastLines(run.stderr)}`;
    let withoutWrite: CliResult["without_write"];
    if (!complete && !run.timedOut) {
      rmSync(rssFile, { force: true });
      const r = await timeCli(file, null, rssFile, timeoutMs);
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
      const ok = !r.timedOut && (r.code === 0 || r.code === 1);
      withoutWrite = {
        ms: ok ? round(r.ms, 0) : null,
        peak_mb: ok && Number.isFinite(kb) ? mb(kb * 1024) : null,
        exit_code: r.code,
      };
    }
    return {
      ...stages,
      ...(withoutWrite ? { without_write: withoutWrite } : {}),
      rows,
      cli_ms: complete ? round(run.ms, 0) : null,
      cli_peak_mb: complete ? peak : null,
      exit_code: run.code,
      xlsx_mb: written.value.file_mb,
      out_mb: existsSync(out) ? mb(statSync(out).size) : null,
      ...(note ? { note } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
