import {
  contractFileText,
  kontraktNewSheet,
  kontraktSheetPlan,
  newContractFrom,
  readContractFile,
  readKontraktSheet,
} from ".";
import { runEvaluation } from "../evaluate";
import { canonicalContract } from "../../domain/authoring/canonical";
import type { Contract } from "../../domain/contract/schema";
import { MemoryWorkbook } from "../../workbook/memory";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { createWorkbook } from "../../workbook/xlsx/create";
import { LIBRARY, findContract } from "../../templates";

const sjaelland = findContract("sjaelland-2025") as Contract;
const colLetter = (i: number) => String.fromCharCode(65 + i);

describe("the Kontrakt sheet through the workbook port", () => {
  it.each(LIBRARY.map((c) => [c.id, c] as const))(
    "%s: written with apply (in-memory workbook) and read back",
    async (_id, c) => {
      const wb = MemoryWorkbook.fromSpec({ sheets: [{ name: "Data", rows: [["x"]] }] });
      await wb.apply({ statusSheet: null, kontrolColumns: [], highlights: [], extraSheets: [kontraktSheetPlan(c)] });
      const r = await readKontraktSheet(wb);
      expect(r.findings).toEqual([]);
      expect(r.found).toBe(true);
      expect(r.contract).toEqual(canonicalContract(c));
    },
  );

  it("headers are bold; values keep their types", () => {
    const plan = kontraktSheetPlan(sjaelland);
    expect(plan.name).toBe("Kontrakt");
    expect(plan.rows[0]?.[0]).toEqual({ kind: "value", value: "Id", format: "header" });
    expect(plan.rows[0]?.[1]).toEqual({ kind: "value", value: "sjaelland-2025" });
    expect(plan.rows[3]?.[1]).toEqual({ kind: "value", value: 2025 });
    const h = plan.rows.findIndex((r) => r[0]?.kind === "value" && r[0].value === "Mål");
    expect(plan.rows[h]?.every((c) => c.format === "header")).toBe(true);
    expect(plan.rows[h + 1]?.[0]).toEqual({ kind: "value", value: "1" });
  });

  it.each(LIBRARY.map((c) => [c.id, c] as const))("%s: in a new .xlsx file and read back", async (_id, c) => {
    const bytes = createWorkbook({ sheets: [kontraktNewSheet(c)] });
    const r = await readKontraktSheet(XlsxWorkbook.open(bytes));
    expect(r.findings).toEqual([]);
    expect(r.contract).toEqual(canonicalContract(c));
  });

  it("a cell a person broke is reported with its Excel row and column", async () => {
    const wb = MemoryWorkbook.fromSpec({ sheets: [{ name: "Data", rows: [["x"]] }] });
    const plan = kontraktSheetPlan(sjaelland);
    await wb.apply({ statusSheet: null, kontrolColumns: [], highlights: [], extraSheets: [plan] });
    const h = plan.rows.findIndex((r) => r[0]?.kind === "value" && r[0].value === "Mål");
    const header = plan.rows[h]?.map((c) => (c.kind === "value" ? c.value : null)) ?? [];
    const row = plan.rows.findIndex((r) => r[1]?.kind === "value" && r[1].value === "ai-tjek");
    const filterCol = header.indexOf("Filter");
    wb.setCell("Kontrakt", `${colLetter(filterCol)}${row + 1}`, 'Forløbstype = "AI-tjek');
    const r = await readKontraktSheet(wb);
    expect(r.contract).toBeNull();
    expect(r.findings.map((f) => [f.rule, f.sheet, f.row, f.column])).toEqual([
      ["kontrakt-filter", "Kontrakt", row + 1, "Filter"],
    ]);
  });

  it("a workbook without the sheet says so and reports nothing", async () => {
    const wb = MemoryWorkbook.fromSpec({
      sheets: [
        {
          name: "Data",
          rows: [
            ["x", "y"],
            [1, 2],
          ],
        },
      ],
    });
    expect(await readKontraktSheet(wb)).toEqual({ found: false, contract: null, findings: [] });
  });
});

describe("contract files and copies", () => {
  it("a copy as 2026, saved as a file and read back, evaluates like the original apart from the year", () => {
    const copy = newContractFrom(sjaelland, { id: "sjaelland-2026", title: "Resultatkontrakt 2026", year: 2026 });
    if (!copy.ok) throw new Error("copy failed");
    const back = readContractFile(contractFileText(copy.contract));
    if (!back.ok) throw new Error("read failed");
    expect(canonicalContract(back.contract)).toEqual(canonicalContract(copy.contract));
    const result = runEvaluation(back.contract, {});
    expect(result.period.year).toBe(2026);
    expect(result.goals.map((g) => g.id)).toEqual(sjaelland.goals.map((g) => g.id));
  });
});
