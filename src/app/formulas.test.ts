import { realisedFormula, type KeyLabels } from "./formulas";
import type { BoundTable, CellValue, WorkbookData } from "../domain/model";

const noegletal = (rows: [string, CellValue][]): WorkbookData => {
  const table: BoundTable = {
    role: "Noegletal",
    sheet: "Nøgletal",
    table: "Noegletal",
    firstRow: 2,
    rowCount: rows.length,
    columns: {
      noegle: { field: "noegle", header: "Nøgle", sheetColumn: 0, values: rows.map((r) => r[0]) },
      vaerdi: { field: "vaerdi", header: "Værdi", sheetColumn: 1, values: rows.map((r) => r[1]) },
    },
  };
  return { Noegletal: table };
};

const labels: KeyLabels = Object.assign((key: string) => [key], {
  unit: (key: string) => (key === "Kendskab til tilbud" ? "procent" : "kr"),
});
const period = { kind: "year", year: 2025, from: null, to: null, dueShare: 1 } as const;
const formula = (key: string, data: WorkbookData) =>
  realisedFormula({ kind: "keyFigure", key }, { data, period, periodField: "startdato" }, labels);

describe("key-figure formulas", () => {
  it("refer to a plain number cell", () => {
    expect(formula("Basistilskud", noegletal([["Basistilskud", 25_000_000]]))).toBe(
      'INDEX(Noegletal[[Værdi]],MATCH("Basistilskud",Noegletal[[Nøgle]],0))',
    );
  });

  it("are left out (the value is written) when only the engine can read the cell", () => {
    // Text Excel would not compute with, and a per-cent figure stored as a fraction (57 % = 0.57).
    expect(formula("Samlet omsætning", noegletal([["Samlet omsætning", "62.500.000 kr."]]))).toBeNull();
    expect(formula("Kendskab til tilbud", noegletal([["Kendskab til tilbud", 0.57]]))).toBeNull();
    expect(formula("Kendskab til tilbud", noegletal([["Kendskab til tilbud", 57]]))).not.toBeNull();
  });
});
