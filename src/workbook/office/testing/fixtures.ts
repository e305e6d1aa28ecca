/**
 * What the Office adapter's tests share: the adapter on a fake Excel, a sample workbook (an Excel
 * table and a plain range under a title), a write plan, and a sheet's cells as a user sees them.
 */
import type { WritePlan } from "../../port";
import { OfficeWorkbook } from "../index";
import { DEFAULT_BUDGET } from "../limits";
import { FakeExcel } from "./fake-excel";

const FEATURES = { dataValidation: true, suspendScreenUpdating: true };
export const make = (book: FakeExcel, budget = DEFAULT_BUDGET): OfficeWorkbook =>
  new OfficeWorkbook(book.run, FEATURES, budget);

/** A workbook with an Excel table (Forløb) and a plain range under a title (Evaluering). */
export function sample(): FakeExcel {
  const book = new FakeExcel();
  book.put("Forløb", "A1", [
    ["CVR-nummer", "Kundesegment", "Timer", "Startdato"],
    ["12345678", "vækst", 12, 45700],
    ["87654321", "drift", 25, 45750],
    [null, null, null, null],
    ["11111111", "drift", 3.5, 45800],
  ]);
  book.addTable(book.sheet("Forløb")!, "A1:D5").name = "Forloeb";
  book.put("Evaluering", "A1", [["Brugerevaluering 2025"]]);
  book.put("Evaluering", "B3", [
    ["CVR", "Anbefaling (0-10)", "Forventet effekt"],
    ["12345678", 9, "i høj grad"],
    ["87654321", 11, "ved ikke"],
    ["11111111", "#N/A", "'#N/A"],
  ]);
  book.put("Skjult", "A1", [
    ["Nøgle", "Værdi"],
    ["Basistilskud", 1000],
  ]);
  book.sheet("Skjult")!.visibility = "Hidden";
  return book;
}

export const statusPlan = (): WritePlan => ({
  statusSheet: {
    name: "Målopfyldelse",
    rows: [
      ["Mål", "Delmål", "Titel", "Måltal", "Realiseret", "Opfyldelse"].map((h) => ({
        kind: "value" as const,
        value: h,
        format: "header" as const,
      })),
      [
        { kind: "value", value: "1" },
        { kind: "value", value: null },
        { kind: "value", value: "=Tilfredshed" },
        { kind: "value", value: 70, format: "number" },
        { kind: "formula", formula: '=COUNTIFS(Evaluering[[Anbefaling (0-10)]],">=9")', cached: 72 },
        { kind: "formula", formula: "=IF(E2>=D2,1,0)", cached: 1, format: "percent" },
      ],
      [
        { kind: "value", value: "2" },
        { kind: "value", value: null },
        { kind: "value", value: "Vækstforløb" },
        { kind: "value", value: 40 },
        { kind: "value", value: 30 },
        { kind: "value", value: 0.75, format: "percent" },
      ],
    ],
    chart: { categoriesColumn: 0, valuesColumn: 5, rows: [1, 2] },
  },
  kontrolColumns: [
    {
      sheet: "Forløb",
      table: "Forloeb",
      headerRow: 1,
      column: 4,
      header: "Kontrol",
      values: [null, "Timer over 20 uden ledelsesvurdering", null, null],
    },
    {
      sheet: "Evaluering",
      table: null,
      headerRow: 3,
      column: 4,
      header: "Kontrol",
      values: ["", "Anbefaling 11 er over 10", "=fejl"],
    },
  ],
  highlights: [
    { sheet: "Forløb", row: 3, column: 2, kind: "error" },
    { sheet: "Evaluering", row: 5, column: 2, kind: "error" },
    { sheet: "Evaluering", row: 6, column: 2, kind: "warning" },
    { sheet: "Evaluering", row: 6, column: 2, kind: "error" },
  ],
});

/** Everything a user could see of a sheet: values, formulas, formats, fills. */
export const cellsOf = (book: FakeExcel, sheet: string): unknown[] =>
  [...book.sheet(sheet)!.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }]);
