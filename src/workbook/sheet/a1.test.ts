import { columnFromLetters, columnLetters as domainLetters } from "../../domain/columns";
import {
  cellRef,
  columnIndex,
  columnLetters,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCellInto,
  parseCellRef,
  parseRange,
  rangeRef,
  sqrefRanges,
} from "./a1";

describe("A1: Excel row numbers, zero-based columns", () => {
  it("is the domain's one implementation of column letters", () => {
    expect(columnLetters).toBe(domainLetters);
  });

  it("names columns A … Z, AA …, XFD and reads them back", () => {
    const cases: [number, string][] = [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [MAX_COLUMNS - 1, "XFD"],
    ];
    for (const [index, letters] of cases) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
      expect(columnIndex(letters.toLowerCase())).toBe(index);
    }
    expect(columnLetters(-1)).toBe("");
    expect(columnIndex("")).toBe(-1);
    expect(columnIndex("A1")).toBe(-1);
  });

  it("reads a column a person typed: an optional $, at most XFD", () => {
    expect(columnFromLetters(" $c ")).toBe(2);
    expect(columnFromLetters("XFD")).toBe(MAX_COLUMNS - 1);
    expect(columnFromLetters("XFE")).toBe(-1);
    expect(columnFromLetters("AAAA")).toBe(-1);
    expect(columnFromLetters("$$A")).toBe(-1);
    expect(columnFromLetters("Å")).toBe(-1);
  });

  it("writes and reads cells and ranges in one convention", () => {
    expect(cellRef(7, 2)).toBe("C7");
    expect(parseCellRef("$C$7")).toEqual({ row: 7, column: 2 });
    expect(rangeRef({ top: 2, left: 0, bottom: 9, right: 2 })).toBe("A2:C9");
    expect(rangeRef({ top: 2, left: 1, bottom: 2, right: 1 })).toBe("B2");
    expect(parseRange("C9:A2")).toEqual({ top: 2, left: 0, bottom: 9, right: 2 });
    expect(parseRange(`A1:XFD${MAX_ROWS}`)).toEqual({ top: 1, left: 0, bottom: MAX_ROWS, right: MAX_COLUMNS - 1 });
    for (const bad of ["", "A0", "XFE1", `A${MAX_ROWS + 1}`, "A1:B2:C3", "1A", "A-1"])
      expect(parseRange(bad)).toBeNull();
  });

  it("parses a cell into a reused object (the reader's hot path)", () => {
    const out = { row: 0, column: 0 };
    expect(parseCellInto("$AB$12", out)).toBe(true);
    expect(out).toEqual({ row: 12, column: 27 });
    expect(parseCellInto("A", out)).toBe(false);
    expect(parseCellInto("12", out)).toBe(false);
    expect(parseCellInto("XFE1", out)).toBe(false);
  });

  it("splits a range list (sqref), a null for each part that is not a range", () => {
    expect(sqrefRanges(" A1:A3  C2 ")).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
    expect(sqrefRanges("A1 x")).toEqual([{ top: 1, left: 0, bottom: 1, right: 0 }, null]);
  });
});
