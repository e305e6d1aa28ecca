/** HyperFormula over the same data: build (which evaluates every formula) plus one recalculation. */
import { benchContract } from "../contract";
import { generateData } from "../gen";
import { runHyperFormula } from "../hyperformula";
import { baseline } from "../baseline";
import { gc, mb, round } from "../stats";

export interface HyperFormulaResult {
  readonly rows: number;
  readonly hyperformula_ms: number;
  readonly build_ms: number;
  readonly recalc_ms: number;
  readonly formula_cells: number;
  readonly peak_rss_mb: number;
  readonly disagreements: readonly string[];
}

export function hyperformulaWorker(rows: number): HyperFormulaResult {
  const contract = benchContract();
  const year = contract.year ?? 2025;
  const data = generateData(contract, rows);
  const floor = baseline(data, year);
  gc();
  const run = runHyperFormula(data, year);
  const disagreements = Object.entries(run.values)
    .filter(([id, v]) => {
      const b = floor[id];
      return b === undefined || b === null || v === null || Math.abs(v - b) > 1e-6 * Math.max(1, Math.abs(b));
    })
    .map(([id]) => id);
  return {
    rows,
    hyperformula_ms: round(run.buildMs + run.recalcMs, 0),
    build_ms: round(run.buildMs, 0),
    recalc_ms: round(run.recalcMs, 1),
    formula_cells: run.formulaCells,
    // maxRSS is in kilobytes.
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
    disagreements,
  };
}
