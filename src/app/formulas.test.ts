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

  it("match the row of the evaluated year when the list holds several years, as the engine does", () => {
    const data = noegletal([
      ["Basistilskud 2024", 10_000_000],
      ["Basistilskud 2025", 20_000_000],
    ]);
    expect(formula("Basistilskud", data)).toBe(
      'INDEX(Noegletal[[Værdi]],MATCH("Basistilskud 2025",Noegletal[[Nøgle]],0))',
    );
    expect(formula("Basistilskud", noegletal([["Basistilskud 2024", 10_000_000]]))).toBeNull();
  });

  it("are left out (the value is written) when only the engine can read the cell", () => {
    // Text Excel would not compute with, and a per-cent figure stored as a fraction (57 % = 0.57).
    expect(formula("Samlet omsætning", noegletal([["Samlet omsætning", "62.500.000 kr."]]))).toBeNull();
    expect(formula("Kendskab til tilbud", noegletal([["Kendskab til tilbud", 0.57]]))).toBeNull();
    expect(formula("Kendskab til tilbud", noegletal([["Kendskab til tilbud", 57]]))).not.toBeNull();
  });
});

describe("count and NPS formulas only where Excel reads the cells as the engine does", () => {
  const courses = (starts: CellValue[], types: CellValue[]): WorkbookData => ({
    Forloeb: {
      role: "Forloeb",
      sheet: "Forløb",
      table: "Forloeb",
      firstRow: 2,
      rowCount: starts.length,
      columns: {
        forloebstype: { field: "forloebstype", header: "Forløbstype", sheetColumn: 0, values: types },
        startdato: { field: "startdato", header: "Startdato", sheetColumn: 1, values: starts },
      },
    },
  });
  const year = { kind: "year", year: 2025, from: 45658, to: 46022, dueShare: 1 } as const;
  const count = (data: WorkbookData) =>
    realisedFormula(
      { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: ["AI-tjek"] } },
      { data, period: year, periodField: "startdato" },
      labels,
    );

  it("writes COUNTIFS over date cells and exactly spelled types", () => {
    expect(count(courses([45717, 45800], ["AI-tjek", "ai-tjek"]))).toContain("COUNTIFS(");
  });

  it("writes the value when a start date is text or a type is spelled otherwise", () => {
    // "1/3-2025" is a date to the engine and text to COUNTIFS; "AI tjek" is AI-tjek to the engine only.
    expect(count(courses([45717, "1/3-2025"], ["AI-tjek", "AI-tjek"]))).toBeNull();
    expect(count(courses([45717, 45800], ["AI-tjek", "AI tjek"]))).toBeNull();
    // Text the filter does not take, and a rejected date, change nothing.
    expect(count(courses([45717, "ukendt"], ["AI-tjek", "Kort forløb"]))).not.toBeNull();
  });

  it("writes NPS only over number scores", () => {
    const answers = (scores: CellValue[]): WorkbookData => ({
      Evaluering: {
        role: "Evaluering",
        sheet: "Svar",
        table: null,
        firstRow: 2,
        rowCount: scores.length,
        columns: { anbefaling: { field: "anbefaling", header: "Score", sheetColumn: 0, values: scores } },
      },
    });
    const nps = (data: WorkbookData) =>
      realisedFormula(
        { kind: "nps", table: "Evaluering", field: "anbefaling" },
        { data, period: year, periodField: "startdato" },
        labels,
      );
    expect(nps(answers([10, 9, 3, 11]))).not.toBeNull();
    expect(nps(answers([10, "9", 3]))).toBeNull();
  });
});

describe("names and texts from the workbook that Excel's grammar cannot say give no formula", () => {
  const year = { kind: "year", year: 2025, from: 45658, to: 46022, dueShare: 1 } as const;
  const courses = (over: Partial<BoundTable>, dateHeader = "Startdato"): WorkbookData => ({
    Forloeb: {
      role: "Forloeb",
      sheet: "Forløb",
      table: "Forloeb",
      firstRow: 2,
      rowCount: 2,
      columns: {
        forloebstype: { field: "forloebstype", header: "Forløbstype", sheetColumn: 0, values: ["AI-tjek", "AI-tjek"] },
        startdato: { field: "startdato", header: dateHeader, sheetColumn: 1, values: [45700, 45800] },
      },
      ...over,
    },
  });
  const count = (data: WorkbookData) =>
    realisedFormula(
      { kind: "count", table: "Forloeb", where: { op: "in", field: "forloebstype", values: ["AI-tjek"] } },
      { data, period: year, periodField: "startdato" },
      labels,
    );

  it("a table name that is not a defined name, or looks like a cell", () => {
    expect(count(courses({}))).toContain("Forloeb[[Forløbstype]]");
    for (const table of ['T[[#All],[X]])+WEBSERVICE("http://x")+SUM(T', "Forløb 2025", "A1", "R1C1"])
      expect([table, count(courses({ table }))]).toEqual([table, null]);
  });

  it("a sheet name Excel does not allow, for a plain range ('[1]' would name another workbook)", () => {
    expect(count(courses({ table: null, sheet: "Forløb 'Q1' 2025" }))).toContain("'Forløb ''Q1'' 2025'!$A$2:$A$3");
    // Excel allows no [ ] : * ? / \ in a sheet name, nor an apostrophe at either end.
    for (const sheet of ["[1]Forløb", "Forløb 'Q1'", "a:b"])
      expect([sheet, count(courses({ table: null, sheet }))]).toEqual([sheet, null]);
  });

  it("the period column's header: no formula, rather than one without the period", () => {
    expect(count(courses({}, "Start\ndato"))).toBeNull();
    expect(count(courses({ table: null }, "Start\ndato"))).toContain("DATE(2025,12,31)");
  });

  it("a key longer than Excel's 255-character text constant", () => {
    const key = `Basistilskud ${"x".repeat(250)}`;
    expect(formula(key, noegletal([[key, 1]]))).toBeNull();
    expect(formula('Tilskud "A"', noegletal([['Tilskud "A"', 1]]))).toContain('MATCH("Tilskud ""A""",');
  });
});
