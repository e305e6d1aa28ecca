import { checkData } from "../checkData";
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
});
