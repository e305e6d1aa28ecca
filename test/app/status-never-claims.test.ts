/**
 * "A goal with an indicator that has no data is never 'opfyldt'" (issue 14, item 1; docs/rules.md),
 * property-tested over random patterns of missing data: in the engine, in the JSON of
 * `evaluate --json`, and in the live status sheet's formulas recalculated by HyperFormula (the
 * fulfilment and status formulas over `Måltal` and `Realiseret`, the goal rows over their parts).
 * And on the five real contracts' example workbooks with random key figures and activities removed.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { runEvaluation } from "../../src/app/evaluate";
import { generateExample } from "../../src/app/examples/generate";
import { specData } from "../../src/app/fill-in";
import { planStatusSheet, sheetFraction } from "../../src/app/plan-write";
import { HEADER_ROW, statusColumns } from "../../src/app/status-report";
import { evaluationJson } from "../../src/app/report-json";
import { ContractSchema, type Contract } from "../../src/domain/contract/schema";
import type { EvaluationResult } from "../../src/domain/engine/types";
import type { WorkbookData } from "../../src/domain/model";
import { goalStatusText, statusText } from "../../src/i18n";
import { LIBRARY } from "../../src/templates";
import type { PlanCell } from "../../src/workbook/port";

interface Part {
  readonly value: number | null;
  readonly target: number;
  readonly weight: number;
  readonly rule: "threshold" | "proportional" | "steps";
}

const part: fc.Arbitrary<Part> = fc.record({
  value: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  target: fc.integer({ min: 1, max: 100 }),
  weight: fc.constantFrom(0, 1, 1, 2, 0.5),
  rule: fc.constantFrom("threshold", "proportional", "steps"),
});

/** One goal of key-figure parts; a part's figure is missing where its value is null. */
function goalOf(parts: readonly Part[]): { contract: Contract; data: WorkbookData } {
  const contract = ContractSchema.parse({
    id: "egenskaber",
    title: "Egenskaber",
    year: 2025,
    halfYearReporting: false,
    registration: "none",
    source: { document: "test", section: "1" },
    keyFigures: parts.map((_, i) => ({ id: `k${i}`, label: `Nøgle ${i}`, unit: "antal" })),
    goals: [
      {
        id: "1",
        title: "Mål",
        group: "lokal",
        targetText: "",
        method: "",
        source: { document: "test", section: "1" },
        indicators: parts.map((p, i) => ({
          id: `d${i}`,
          label: `Delmål ${i}`,
          measure: { kind: "keyFigure", key: `k${i}` },
          target: { op: ">=", value: p.target },
          rule:
            p.rule === "steps"
              ? {
                  kind: "steps",
                  steps: [
                    { atLeast: p.target, pct: 100 },
                    { atLeast: p.target / 2, pct: 50 },
                  ],
                }
              : { kind: p.rule },
          unit: "antal",
          weight: p.weight,
        })),
      },
    ],
  });
  const rows = parts.flatMap((p, i) => (p.value === null ? [] : [{ noegle: `Nøgle ${i}`, vaerdi: p.value }]));
  return { contract, data: specData({ Noegletal: rows }) };
}

/** The status sheet recalculated by HyperFormula: each cell's value. */
function recalculated(cells: readonly (readonly PlanCell[])[]): (r: number, c: number) => unknown {
  const grid = cells.map((row) =>
    row.map((c) =>
      c.kind === "formula" ? c.formula : typeof c.value === "string" ? `'${c.value}` : (c.value ?? null),
    ),
  );
  const hf = HyperFormula.buildFromSheets({ S: grid }, { licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId("S")!;
  return (row, col) => {
    const v = hf.getCellValue({ sheet, row, col });
    return v === null ? "" : v;
  };
}

const missingWeighted = (parts: readonly Part[]) => parts.some((p) => p.weight > 0 && p.value === null);

describe("a goal with a part without data is never 'opfyldt' — engine, JSON, live formulas", () => {
  it("holds for random parts, weights, rules and missing figures", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const { contract, data } = goalOf(parts);
        const result: EvaluationResult = runEvaluation(contract, data);
        const goal = result.goals[0]!;
        const json = evaluationJson(result, "da").goals[0]!;
        const sheet = planStatusSheet({ contract, result, data, lang: "da", formulas: false });
        const at = recalculated(sheet.rows);
        // The goal's row is the first under the header row; then its parts.
        const c = statusColumns(false);
        const goalRow = HEADER_ROW + 1;
        const sheetStatus = at(goalRow, c.status);
        if (missingWeighted(parts)) {
          expect(goal.status).not.toBe("opfyldt");
          expect(json.status).not.toBe("opfyldt");
          expect(String(sheetStatus)).not.toMatch(/^opfyldt/);
          expect(String(sheetStatus)).toMatch(/^mangler data/);
        }
        // The sheet says what the engine says, figure (rounded down to a tenth of a percent) and words.
        expect(sheetStatus).toBe(goalStatusText(goal.status, goal.partial, "da"));
        const f = at(goalRow, c.fulfilment);
        if (goal.fulfilmentPct === null) expect(f).toBe("");
        else expect(f).toBeCloseTo(sheetFraction(goal.fulfilmentPct, false), 6);
        goal.indicators.forEach((ind, k) => {
          expect(at(goalRow + 1 + k, c.status)).toBe(statusText(ind.status, "da"));
          if (ind.fulfilmentPct !== null)
            expect(at(goalRow + 1 + k, c.fulfilment)).toBeCloseTo(sheetFraction(ind.fulfilmentPct), 6);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("holds on the five contracts' example workbooks with random key figures and activities removed", () => {
    for (const contract of LIBRARY) {
      const { rows } = generateExample(contract);
      fc.assert(
        fc.property(
          fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
          fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
          (keepKey, keepActivity) => {
            const data = specData({
              ...rows,
              Noegletal: (rows.Noegletal ?? []).filter((_, i) => keepKey[i % 40]),
              Aktiviteter: (rows.Aktiviteter ?? []).filter((_, i) => keepActivity[i % 80]),
            });
            const result = runEvaluation(contract, data);
            const json = evaluationJson(result, "da");
            result.goals.forEach((g, k) => {
              const lacking = g.indicators.some((i) => i.weight > 0 && i.fulfilmentPct === null);
              if (!lacking) return;
              expect({ goal: g.id, status: g.status }).toEqual({ goal: g.id, status: "mangler data" });
              expect(json.goals[k]!.status).toBe("mangler data");
            });
          },
        ),
        { numRuns: 15 },
      );
    }
  });
});
