import { loadContractData } from "./load";
import { runEvaluation } from "./evaluate";
import { whatIfGoal } from "./what-if";
import { scenarioSheetName, scenarioSheetPlan } from "./what-if-sheet";
import { exampleSpec } from "../demo/example";
import { formatNumber } from "../i18n/fill";
import { findContract } from "../templates";
import { MemoryWorkbook } from "../workbook/memory";
import type { PlanCell } from "../workbook/port";

const contract = findContract("sjaelland-2025")!;

async function evaluated() {
  const port = MemoryWorkbook.fromSpec(exampleSpec(contract));
  const loaded = await loadContractData(port, contract);
  return runEvaluation(contract, loaded.data, {}, loaded.findings);
}

const valueOf = (c: PlanCell | undefined) => (c?.kind === "value" ? c.value : c?.kind === "formula" ? c.cached : null);

describe("a what-if scenario as a sheet", () => {
  it("puts the evaluated and the scenario figures side by side, with the goal's fulfilment both ways", async () => {
    const result = await evaluated();
    const goal = result.goals.find((g) => g.indicators.some((i) => i.op === ">=" && i.target !== null))!;
    const ind = goal.indicators.find((i) => i.op === ">=" && i.target !== null)!;
    const changes = { [ind.id]: { target: (ind.target ?? 0) * 2 } };
    const plan = scenarioSheetPlan({ contract, result, goalId: goal.id, changes, lang: "da", today: "2025-11-24" })!;
    const outcome = whatIfGoal(contract, result, goal.id, changes, "da");

    expect(plan.name).toBe(`Hvad nu hvis – mål ${goal.id}`);
    expect(plan.rows[0]!.map(valueOf)).toEqual([
      "Delmål",
      "Realiseret",
      "Realiseret i scenariet",
      "Måltal",
      "Måltal i scenariet",
      "Opfyldelse",
      "Opfyldelse i scenariet",
      "Mangler for 100 %",
      "Mangler for 50 %",
    ]);
    const row = plan.rows.find((r) => valueOf(r[0]) === ind.label)!;
    expect(valueOf(row[1])).toBe(ind.value);
    expect(valueOf(row[3])).toBe(ind.target);
    expect(valueOf(row[4])).toBe((ind.target ?? 0) * 2);
    // Percentages are fractions in a percent format, as Excel keeps them.
    expect(valueOf(row[5])).toBeCloseTo((ind.fulfilmentPct ?? 0) / 100, 10);
    const o = outcome.indicators.find((x) => x.id === ind.id)!;
    expect(valueOf(row[6])).toBeCloseTo((o.fulfilmentPct ?? 0) / 100, 10);
    expect(row[6]).toMatchObject({ format: "percent" });
    if (o.needed100) expect(valueOf(row[7])).toBe(`${formatNumber(o.needed100.add, "da")} ${o.needed100.of}`);

    const total = plan.rows.find((r) => String(valueOf(r[0])).startsWith(`Mål ${goal.id} `))!;
    expect(valueOf(total[5])).toBeCloseTo((goal.fulfilmentPct ?? 0) / 100, 10);
    expect(valueOf(total[6])).toBeCloseTo((outcome.fulfilmentPct ?? 0) / 100, 10);
    const texts = plan.rows.map((r) => String(valueOf(r[0]) ?? ""));
    expect(texts).toContain(`Ændret i scenariet: ${ind.label}.`);
    expect(texts).toContain("Gemt 24-11-2025 af Kontrakttjek. Tallene er et scenarie, ikke registreringer.");
    expect(texts.some((t) => t.startsWith("Arket er dit"))).toBe(true);
  });

  it("speaks English, and names later tries within Excel's 31 characters", async () => {
    const result = await evaluated();
    const goal = result.goals[0]!;
    const plan = scenarioSheetPlan({
      contract,
      result,
      goalId: goal.id,
      changes: {},
      lang: "en",
      today: "2025-11-24",
    })!;
    expect(plan.name).toBe(`What if – goal ${goal.id}`);
    expect(plan.rows.map((r) => String(valueOf(r[0]) ?? ""))).toContain("Changed in the scenario: nothing.");
    expect(scenarioSheetName("3", "da", 2)).toBe("Hvad nu hvis – mål 3 (2)");
    const long = scenarioSheetName("b-a: meget langt mål/nr [x]", "da", 12);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith(" (12)")).toBe(true);
    expect(long).not.toMatch(/[\\/?*[\]:]/);
    expect(scenarioSheetPlan({ contract, result, goalId: "nope", changes: {}, lang: "da", today: "2025-11-24" })).toBe(
      null,
    );
  });
});
