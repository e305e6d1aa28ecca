import type { Finding } from "../../findings";
import { checkData } from "../checkData";
import { FindingCollector } from "../_lib/collector";
import { checkDuplicateRows } from ".";
import { bound, course } from "../_lib/tables.testing";

const dupes = (rows: Parameters<typeof course>[0][]) =>
  checkData({ Forloeb: bound("Forloeb", rows.map(course)) }, { registration: "none" }).findings.filter(
    (f) => f.rule === "duplicate-row",
  );

describe("duplicate-row", () => {
  it("reports a row equal in every bound field to an earlier one, naming the first", () => {
    const fs = dupes([{}, { virksomhed: "Anden ApS" }, {}, {}]);
    expect(fs.map((f) => [f.row, f.params?.firstRow])).toEqual([
      [4, 2],
      [5, 2],
    ]);
    expect(fs[0]).toMatchObject({ severity: "warning", column: null, value: "12345674 | 1012345678 | Test ApS" });
  });

  it("compares typed values: spellings of the same value are equal", () => {
    const fs = dupes([
      { segment: "vækst", startdato: "2025-03-04", timer: "2,5", cvr: "12345674" },
      { segment: "VAEKST", startdato: 45720, timer: 2.5, cvr: "DK 12 34 56 74" },
    ]);
    expect(fs.map((f) => f.row)).toEqual([3]);
  });

  it("invalid cells compare by their text", () => {
    expect(dupes([{ timer: "mange" }, { timer: "få" }])).toEqual([]);
    expect(dupes([{ timer: "mange" }, { timer: "mange" }]).map((f) => f.row)).toEqual([3]);
  });

  it("blank rows are never duplicates", () => {
    const blank = {
      cvr: null,
      pnummer: null,
      virksomhed: null,
      segment: null,
      forloebstype: null,
      tema: null,
      startdato: null,
      slutdato: null,
      timer: null,
      kommune: null,
      henvistTil: null,
      sendtTilEvaluering: null,
      ledelsesvurdering: null,
    };
    expect(dupes([blank, blank])).toEqual([]);
  });

  it("is not used in Nøgletal, where noegle-duplicate says more", () => {
    const { findings } = checkData(
      {
        Noegletal: bound("Noegletal", [
          { noegle: "Basistilskud", vaerdi: 1 },
          { noegle: "Basistilskud", vaerdi: 1 },
        ]),
      },
      { registration: "none" },
    );
    expect(findings.map((f) => f.rule)).toEqual(["noegle-duplicate"]);
  });

  it("rows alike in CVR, dates and hours are duplicates only when every other field is equal too", () => {
    // Same hashed columns throughout: each hit must still be confirmed field by field.
    const fs = dupes([
      { tema: "Eksport" },
      { tema: "Digitalisering" },
      { tema: "Digitalisering" },
      { tema: "Eksport" },
    ]);
    expect(fs.map((f) => [f.row, f.params?.firstRow])).toEqual([
      [4, 3],
      [5, 2],
    ]);
  });

  it("gives the same answer when most rows are alike in CVR, dates and hours (every column hashed)", () => {
    // 3,000 rows share CVR, Startdato, Slutdato and Timer and differ in Tema and Kommune: the
    // few-column hash cannot tell them apart, so every column is hashed instead.
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      tema: `Tema ${i % 700}`,
      kommune: i % 3 === 0 ? "Køge" : "Roskilde",
    }));
    const expected: [number, number][] = [];
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const key = `${r.tema}|${r.kommune}`;
      const j = seen.get(key);
      if (j === undefined) seen.set(key, i);
      else expected.push([i + 2, j + 2]);
    });
    const { findings } = checkData(
      { Forloeb: bound("Forloeb", rows.map(course)) },
      { registration: "none", maxPerRule: 100_000 },
    );
    const fs = findings.filter((f) => f.rule === "duplicate-row");
    expect(fs.map((f) => [f.row, f.params?.firstRow])).toEqual(expected);
    expect(expected.length).toBe(3000 - 1400);
  });

  it("counts duplicates beyond the cap in more-findings", () => {
    const { findings } = checkData(
      { Forloeb: bound("Forloeb", [{}, {}, {}, {}, {}].map(course)) },
      { registration: "none", maxPerRule: 2 },
    );
    expect(findings.filter((f) => f.rule === "duplicate-row").map((f) => f.row)).toEqual([3, 4]);
    expect(findings.find((f) => f.rule === "more-findings")?.params).toMatchObject({ count: 2 });
  });

  it("gives the same findings on typed columns the checks did not make (no compact views)", () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      cvr: i % 4 === 0 ? "12345674" : i % 4 === 1 ? "10000009" : i % 4 === 2 ? "1234" : null,
      startdato: 45658 + (i % 3),
      slutdato: i % 5 === 0 ? "aldrig" : 45700,
      timer: i % 2 === 0 ? 2.5 : 3,
      tema: `T${i % 6}`,
    }));
    const table = bound("Forloeb", rows.map(course));
    const collect = (copy: boolean): Finding[] => {
      const { clean } = checkData({ Forloeb: table }, { registration: "none" });
      const forloeb = clean.Forloeb!;
      const columns = copy
        ? Object.fromEntries(Object.entries(forloeb.columns).map(([f, c]) => [f, [...c]]))
        : forloeb.columns;
      const out = new FindingCollector(1000);
      checkDuplicateRows(table, { ...forloeb, columns }, { sheet: "Forløb", table: null }, out);
      return out.findings();
    };
    const fs = collect(false);
    expect(fs.length).toBeGreaterThan(50);
    expect(collect(true)).toEqual(fs);
  });
});
