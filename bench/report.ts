/**
 * The results: one rung per size, the single-size figures (Office, bundle, first render), the
 * budgets of the issue with held/missed, the table printed and kept in bench/RESULTS.md, and
 * bench/results.json. A figure that could not be measured is null with the reason beside it.
 */
import type { Machine } from "./machine";
import type { StagesResult } from "./workers/stages";
import { machineLine } from "./machine";

export const FULL = 1_048_575;

export interface Rung {
  readonly rows: number;
  readonly answers: number | null;
  readonly engine_ms: number | null;
  readonly engine_peak_mb: number | null;
  readonly checks_ms: number | null;
  readonly indicators_ms: number | null;
  readonly baseline_ms: number | null;
  readonly hyperformula_ms: number | null;
  readonly cli_ms: number | null;
  readonly cli_peak_mb: number | null;
  readonly findings: number | null;
  /** Extra detail per measurement (runs, sub-timings, file sizes). */
  readonly detail: Readonly<Record<string, unknown>>;
  /** Why a figure of this rung is null or qualified. */
  readonly notes: Readonly<Record<string, string>>;
}

export interface Single {
  readonly office_syncs: number | null;
  readonly office_max_request_bytes: number | null;
  /** ⌈cells/chunk⌉ + 4 for the measured run, to hold syncs against. */
  readonly office_sync_limit: number | null;
  readonly office_rows: number | null;
  readonly bundle_gzip_kb: number | null;
  readonly first_render_ms: number | null;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly notes: Readonly<Record<string, string>>;
}

export interface Budget {
  readonly budget: string;
  readonly measured: string;
  readonly held: boolean | null;
}

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : Math.round((a / b) * 10) / 10;

const fmt = (x: number | null | undefined, unit = ""): string =>
  x === null || x === undefined ? "–" : `${x.toLocaleString("en-US", { maximumFractionDigits: 1 })}${unit}`;

const at = (ladder: readonly Rung[], rows: number): Rung | undefined => ladder.find((r) => r.rows === rows);

/** The largest rung where a figure was measured. */
function largest(ladder: readonly Rung[], pick: (r: Rung) => number | null): Rung | undefined {
  return [...ladder].reverse().find((r) => pick(r) !== null);
}

interface EngineCpu {
  readonly engine_cpu_ms?: number;
  readonly floor_cpu_ms?: number;
}

const engineCpu = (r: Rung): EngineCpu => (r.detail.engine ?? {}) as EngineCpu;

const stagesOf = (r: Rung): StagesResult | null =>
  ((r.detail.cli as { stages?: StagesResult | null } | undefined)?.stages ?? null) as StagesResult | null;

/** Each stage of `evaluate --write` beside its floor, per size, CPU and wall time, load beside them. */
export function stagesTable(ladder: readonly Rung[]): string[] {
  const rungs = ladder.filter((r) => stagesOf(r) !== null);
  if (rungs.length === 0) return [];
  const lines = [
    "",
    "Stages of `evaluate --write`, in one process, each beside its floor (CPU ms = user + system from process.cpuUsage; best of the runs by CPU):",
    "",
    "| rows | stage | CPU ms | wall ms | floor CPU ms | floor wall ms | CPU / floor | floor | load (1, 5, 15 min) |",
    "|---:|---|---:|---:|---:|---:|---:|---|---|",
  ];
  for (const r of rungs) {
    const st = stagesOf(r) as StagesResult;
    for (const x of st.stages)
      lines.push(
        `| ${fmt(r.rows)} | ${x.stage} | ${fmt(x.run.cpu_ms)} | ${fmt(x.run.wall_ms)} | ${fmt(x.floor?.cpu_ms)} | ${fmt(x.floor?.wall_ms)} | ` +
          `${fmt(ratio(x.run.cpu_ms, x.floor?.cpu_ms ?? null), " ×")} | ${x.floor_is} | ${st.load.join(", ")} (${st.runs} run${st.runs === 1 ? "" : "s"}) |`,
      );
  }
  return lines;
}

export function budgets(ladder: readonly Rung[], single: Single): Budget[] {
  const out: Budget[] = [];
  const top = ladder[ladder.length - 1];
  const check = (budget: string, measured: number | null, limit: number, le: boolean, unit: string, why: string) => {
    out.push({
      budget,
      measured: measured === null ? `not measured (${why})` : `${fmt(measured)}${unit}`,
      held: measured === null ? null : le ? measured <= limit : measured >= limit,
    });
  };
  if (top) {
    check(
      `engine ≤ 3 × baseline (${fmt(top.rows)} rows)`,
      ratio(top.engine_ms, top.baseline_ms),
      3,
      true,
      " ×",
      top.notes.engine_ms ?? "no engine run",
    );
  }
  if (top) {
    const e = engineCpu(top);
    check(
      `engine ≤ 2 × the hand-written pass, CPU (${fmt(top.rows)} rows)`,
      ratio(e.engine_cpu_ms ?? null, e.floor_cpu_ms ?? null),
      2,
      true,
      " ×",
      top.notes.engine_ms ?? "no engine run",
    );
  }
  const hfRung = largest(ladder, (r) => r.hyperformula_ms);
  check(
    `HyperFormula ≥ 20 × engine${hfRung ? ` (${fmt(hfRung.rows)} rows)` : ""}`,
    hfRung ? ratio(hfRung.hyperformula_ms, hfRung.engine_ms) : null,
    20,
    false,
    " ×",
    top?.notes.hyperformula_ms ?? "not run",
  );
  const full = at(ladder, FULL);
  const fullWhy = full ? (full.notes.engine_ms ?? "no engine run") : "1,048,575 rows not run";
  check("engine ≤ 1.5 s at 1,048,575 rows", full?.engine_ms ?? null, 1500, true, " ms", fullWhy);
  check("engine ≤ 1 GB at 1,048,575 rows", full?.engine_peak_mb ?? null, 1024, true, " MB", fullWhy);
  const mid = at(ladder, 100_000);
  const midWhy = mid ? (mid.notes.cli_ms ?? "no CLI run") : "100,000 rows not run";
  check("CLI ≤ 10 s at 100,000 rows", mid?.cli_ms ?? null, 10_000, true, " ms", midWhy);
  check("CLI ≤ 1.5 GB at 100,000 rows", mid?.cli_peak_mb ?? null, 1536, true, " MB", midWhy);
  // The re-check after a one-cell edit (workers/recheck.ts): median of 50 random edits, CPU and wall.
  const re = mid?.detail.recheck as
    { recheck_wall_ms: number; recheck_cpu_ms: number; full_cpu_ms: number; load: readonly number[] } | undefined;
  const reWhy = mid ? (mid.notes.recheck_ms ?? "no re-check run") : "100,000 rows not run";
  check(
    `one-cell edit re-checked ≤ 20 ms at 100,000 rows (median wall; CPU ${fmt(re?.recheck_cpu_ms)} ms, full re-check ${fmt(re?.full_cpu_ms)} ms CPU, load ${re?.load.join("→") ?? "–"})`,
    re?.recheck_wall_ms ?? null,
    20,
    true,
    " ms",
    reWhy,
  );
  const hfRecalc = (mid?.detail.hyperformula as { recalc_ms?: number } | undefined)?.recalc_ms ?? null;
  check(
    "one-cell edit ≥ 10 × faster than HyperFormula's recalculation (100,000 rows)",
    re && hfRecalc !== null ? ratio(hfRecalc, re.recheck_wall_ms) : null,
    10,
    false,
    " ×",
    mid?.notes.hyperformula_ms ?? reWhy,
  );
  check(
    "every Office request ≤ 4 MB",
    single.office_max_request_bytes,
    4 * 1024 * 1024,
    true,
    " bytes",
    single.notes.office_syncs ?? "not run",
  );
  out.push({
    budget: "Office syncs ≤ ⌈cells/chunk⌉ + 4",
    measured:
      single.office_syncs === null || single.office_sync_limit === null
        ? `not measured (${single.notes.office_syncs ?? "not run"})`
        : `${single.office_syncs} (limit ${single.office_sync_limit})`,
    held:
      single.office_syncs === null || single.office_sync_limit === null
        ? null
        : single.office_syncs <= single.office_sync_limit,
  });
  check("bundle ≤ 350 KB gzip", single.bundle_gzip_kb, 350, true, " KB", single.notes.bundle_gzip_kb ?? "not run");
  check("first render ≤ 1.5 s", single.first_render_ms, 1500, true, " ms", single.notes.first_render_ms ?? "not run");
  return out;
}

export function table(ladder: readonly Rung[], single: Single, m: Machine, date: string): string {
  const lines: string[] = [];
  lines.push(`Kontrakttjek benchmark, Sjælland 2025, ${date}`);
  lines.push("");
  lines.push(
    "| rows | answers | engine ms | engine CPU ms | floor CPU ms | engine/floor | engine peak MB | baseline ms | engine/baseline | HyperFormula ms | HyperFormula/engine | CLI ms | CLI peak MB |",
  );
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of ladder) {
    lines.push(
      `| ${fmt(r.rows)} | ${fmt(r.answers)} | ${fmt(r.engine_ms)} | ${fmt(engineCpu(r).engine_cpu_ms)} | ${fmt(engineCpu(r).floor_cpu_ms)} | ` +
        `${fmt(ratio(engineCpu(r).engine_cpu_ms ?? null, engineCpu(r).floor_cpu_ms ?? null), " ×")} | ${fmt(r.engine_peak_mb)} | ${fmt(r.baseline_ms)} | ` +
        `${fmt(ratio(r.engine_ms, r.baseline_ms), " ×")} | ${fmt(r.hyperformula_ms)} | ${fmt(ratio(r.hyperformula_ms, r.engine_ms), " ×")} | ` +
        `${fmt(r.cli_ms)} | ${fmt(r.cli_peak_mb)} |`,
    );
  }
  lines.push(...stagesTable(ladder));
  lines.push("");
  lines.push(
    "engine: median of 5 runs in one process (3 at 1,048,575 rows); floor: `bench/floor.ts`, the same checks and indicators hand-written in one pass; baseline: the indicators only. CLI: one whole `evaluate --write` process, wall time, peak RSS.",
  );
  lines.push("");
  lines.push("| task pane | value |");
  lines.push("|---|---:|");
  lines.push(
    `| Office syncs (${single.office_rows === null ? "–" : fmt(single.office_rows)} rows read and written) | ${fmt(single.office_syncs)}${single.office_sync_limit === null ? "" : ` (limit ${single.office_sync_limit})`} |`,
  );
  lines.push(`| largest Office request | ${fmt(single.office_max_request_bytes, " bytes")} |`);
  lines.push(`| task pane JavaScript, gzip | ${fmt(single.bundle_gzip_kb, " KB")} |`);
  lines.push(`| first render of the demo (headless Chromium) | ${fmt(single.first_render_ms, " ms")} |`);
  lines.push("");
  lines.push("| budget | measured | |");
  lines.push("|---|---|---|");
  for (const b of budgets(ladder, single))
    lines.push(`| ${b.budget} | ${b.measured} | ${b.held === null ? "–" : b.held ? "held" : "**missed**"} |`);
  const notes = [
    ...ladder.flatMap((r) => Object.entries(r.notes).map(([k, v]) => `${fmt(r.rows)} rows, ${k}: ${v}`)),
    ...Object.entries(single.notes).map(([k, v]) => `${k}: ${v}`),
  ];
  if (notes.length > 0) {
    lines.push("");
    lines.push("Notes:");
    for (const n of notes) lines.push(`- ${n}`);
  }
  lines.push("");
  lines.push(machineLine(m));
  return lines.join("\n");
}

export function resultsJson(ladder: readonly Rung[], single: Single, m: Machine, date: string, seed: number): unknown {
  const top = ladder[ladder.length - 1];
  const notes: Record<string, string> = { ...(top?.notes ?? {}), ...single.notes };
  return {
    rows: top?.rows ?? null,
    answers: top?.answers ?? null,
    engine_ms: top?.engine_ms ?? null,
    engine_peak_mb: top?.engine_peak_mb ?? null,
    baseline_ms: top?.baseline_ms ?? null,
    hyperformula_ms: top?.hyperformula_ms ?? null,
    cli_ms: top?.cli_ms ?? null,
    cli_peak_mb: top?.cli_peak_mb ?? null,
    office_syncs: single.office_syncs,
    office_max_request_bytes: single.office_max_request_bytes,
    bundle_gzip_kb: single.bundle_gzip_kb,
    first_render_ms: single.first_render_ms,
    machine: machineLine(m),
    machine_info: m,
    contract: "sjaelland-2025",
    seed,
    date,
    notes,
    budgets: budgets(ladder, single),
    single,
    ladder,
  };
}
