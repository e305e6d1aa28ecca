import { bound, course } from "../_lib/tables.testing";
import { checkData } from "../checkData";
import { trailingTotalsRows } from ".";

describe("trailingTotalsRows", () => {
  it("finds an 'I alt' row below the data, after a blank row", () => {
    const t = bound("Forloeb", [course(), course({ cvr: "DK 12345674" }), {}, { virksomhed: "I alt", timer: 150.5 }]);
    expect(trailingTotalsRows(t)).toEqual([{ index: 3, field: "virksomhed", label: "I alt" }]);
  });

  it("accepts a count under the CVR column and a year in the label; several rows at the end", () => {
    const t = bound("Kommuner", [
      { kommune: "Køge", befolkning: 62000, kommunetype: "by" },
      { kommune: "Total 2025", befolkning: 62000 },
      { kommune: "Gennemsnit" },
    ]);
    // The last row is not a totals row, so nothing is cut.
    expect(trailingTotalsRows(t)).toEqual([]);
    const u = bound("Forloeb", [course(), { cvr: 1, virksomhed: "Sum:", timer: 2 }, { tema: "I alt", timer: 2 }]);
    expect(trailingTotalsRows(u).map((r) => r.index)).toEqual([2, 1]);
  });

  it("leaves a row with other text alone, and rows in the middle, and key figures", () => {
    expect(trailingTotalsRows(bound("Forloeb", [course(), { virksomhed: "I alt", tema: "Eksport" }]))).toEqual([]);
    expect(trailingTotalsRows(bound("Forloeb", [{ virksomhed: "I alt", timer: 3 }, course()]))).toEqual([]);
    expect(trailingTotalsRows(bound("Noegletal", [{ noegle: "Samlet", vaerdi: 3 }]))).toEqual([]);
  });
});

describe("checkData with a totals row", () => {
  it("skips it with one info finding instead of reporting a course without CVR, date or segment", () => {
    const t = bound("Forloeb", [course(), {}, { virksomhed: "I alt", timer: 150.5 }], { sheet: "CRM udtræk" });
    const { findings, clean } = checkData({ Forloeb: t }, { registration: "2024-2027" });
    expect(findings.map((f) => [f.rule, f.row, f.column, f.value])).toEqual([
      ["totals-row-skipped", 4, "Virksomhed", "I alt"],
    ]);
    expect(clean.Forloeb?.rowCount).toBe(2);
  });
});
