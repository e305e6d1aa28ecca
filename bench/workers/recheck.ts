/**
 * The re-check a user feels in Excel: after a one-cell edit, `startRecheck`'s session re-checks
 * the edited row, re-runs the cross-row rules and evaluates every goal again — against the full
 * re-check the pane ran before (`runEvaluation` over every row). Fifty random edits from a fixed
 * seed (valid and invalid CVRs, hours over 3 and 20, dates, blanks), each timed in CPU and wall
 * time; the machine's load is printed beside them. Each result is compared with a full run's at
 * a few edits, so a fast wrong answer cannot pass unnoticed.
 */
import { loadavg } from "node:os";
import { runEvaluation } from "../../src/app/evaluate";
import { startRecheck, type RowChange } from "../../src/app/recheck";
import type { CellValue, Role } from "../../src/domain/model";
import { seeded } from "../../src/app/examples/random";
import { benchContract } from "../contract";
import { BENCH_SEED, generateData } from "../gen";
import { cpuMs, cpuRuns, gc, median, round } from "../stats";

export interface RecheckResult {
  readonly rows: number;
  readonly edits: number;
  /** Medians over the edits: CPU and wall milliseconds per one-cell re-check. */
  readonly recheck_cpu_ms: number;
  readonly recheck_wall_ms: number;
  readonly recheck_p90_wall_ms: number;
  /** Edits that had to run everything again (a totals row, a rule over its cap …). */
  readonly full_reruns: number;
  /** The full re-check the pane ran before, CPU median. */
  readonly full_cpu_ms: number;
  readonly start_ms: number;
  /** 1-minute load average before and after. */
  readonly load: readonly [number, number];
  /** Edits whose result differed from a full run's (checked at every tenth edit). */
  readonly mismatches: number;
}

const EDITS: readonly { readonly role: Role; readonly field: string; readonly values: readonly CellValue[] }[] = [
  { role: "Forloeb", field: "timer", values: [1, 2.5, 3.5, 12, 21, 40, "mange", null] },
  { role: "Forloeb", field: "cvr", values: ["12345674", "10000009", "12345678", "1234", null] },
  { role: "Forloeb", field: "startdato", values: [45700, 45800, "2025-13-01", null] },
  { role: "Forloeb", field: "segment", values: ["drift", "vækst", "x", null] },
  { role: "Evaluering", field: "cvr", values: ["12345674", "29403473", "99"] },
];

export function recheckWorker(rows: number): RecheckResult {
  const contract = benchContract();
  const data = generateData(contract, rows);
  const load0 = round(loadavg()[0] ?? 0, 1);
  gc();
  const fullCpu = median(cpuRuns(() => runEvaluation(contract, data), 3, 1));
  gc();
  const t0 = performance.now();
  const session = startRecheck({ contract, data });
  const startMs = performance.now() - t0;
  const random = seeded(BENCH_SEED);
  const done: RowChange[] = [];
  const cpu: number[] = [];
  const wall: number[] = [];
  let fullReruns = 0;
  let mismatches = 0;
  const n = 50;
  for (let k = 0; k < n; k++) {
    const e = random.pick(EDITS.filter((x) => data[x.role]?.columns[x.field]));
    const table = data[e.role]!;
    // Not the last rows: an edit there may be a totals row, which runs everything (counted apart).
    const change: RowChange = {
      role: e.role,
      index: Math.floor(random.next() * (table.rowCount - 5)),
      cells: { [e.field]: random.pick(e.values) },
    };
    done.push(change);
    const c = cpuMs();
    const w = performance.now();
    const r = session.recheck([change]);
    wall.push(performance.now() - w);
    cpu.push(cpuMs() - c);
    if (r.full) fullReruns++;
    if (k % 10 === 9) {
      // Checked outside the timing: the same data edited, run in full.
      const edited = structuredClone(data);
      for (const d of done)
        for (const [f, v] of Object.entries(d.cells)) (edited[d.role]!.columns[f]!.values as CellValue[])[d.index] = v;
      const full = runEvaluation(contract, edited);
      if (JSON.stringify([full.goals, full.findings]) !== JSON.stringify([r.result.goals, r.result.findings]))
        mismatches++;
      gc();
    }
  }
  const sorted = [...wall].sort((a, b) => a - b);
  return {
    rows,
    edits: n,
    recheck_cpu_ms: round(median(cpu), 1),
    recheck_wall_ms: round(median(wall), 1),
    recheck_p90_wall_ms: round(sorted[Math.floor(n * 0.9)] ?? 0, 1),
    full_reruns: fullReruns,
    full_cpu_ms: round(fullCpu, 0),
    start_ms: round(startMs, 0),
    load: [load0, round(loadavg()[0] ?? 0, 1)],
    mismatches,
  };
}
