import { RegionCollector } from "./regions";

type Cell = [row: number, column: number, value: string | number];

const collect = (cells: Cell[], exclude = [] as { top: number; left: number; bottom: number; right: number }[]) => {
  const c = new RegionCollector(exclude);
  for (const [r, col, v] of cells) c.add(r, col, String(v), typeof v === "string");
  return c.regions();
};

describe("RegionCollector", () => {
  it("takes the first row as headers and counts rows to the last non-blank one", () => {
    expect(
      collect([
        [2, 1, "CVR"],
        [2, 2, "Navn"],
        [3, 1, "12345678"],
        [7, 2, "Beta"],
      ]),
    ).toEqual([{ headerRow: 2, firstColumn: 1, headers: ["CVR", "Navn"], rowCount: 5 }]);
  });

  it("skips a title line: the header row is the first with two or more text cells", () => {
    expect(
      collect([
        [1, 0, "Forløb 2025"],
        [3, 0, "CVR"],
        [3, 1, "Timer"],
        [4, 0, "12345678"],
        [4, 1, 4],
      ])[0],
    ).toMatchObject({ headerRow: 3, headers: ["CVR", "Timer"], rowCount: 1 });
  });

  it("does not take a row with numbers for headers", () => {
    expect(
      collect([
        [1, 0, "År"],
        [1, 1, 2025],
        [2, 0, "Mål"],
        [2, 1, "Status"],
      ])[0],
    ).toMatchObject({ headerRow: 2 });
    // …unless no row qualifies: then the first non-blank row
    expect(
      collect([
        [1, 0, 1],
        [1, 1, 2],
        [2, 0, 3],
      ])[0],
    ).toMatchObject({ headerRow: 1, headers: ["1", "2"] });
  });

  it("splits regions at an entirely blank column and leaves cells inside tables out", () => {
    const regions = collect(
      [
        [1, 0, "A"],
        [1, 1, "B"],
        [2, 0, 1],
        [1, 3, "D"],
        [1, 4, "E"],
        [5, 4, 5],
        [1, 6, "in table"],
        [2, 6, 1],
      ],
      [{ top: 1, left: 6, bottom: 9, right: 7 }],
    );
    expect(regions).toEqual([
      { headerRow: 1, firstColumn: 0, headers: ["A", "B"], rowCount: 1 },
      { headerRow: 1, firstColumn: 3, headers: ["D", "E"], rowCount: 4 },
    ]);
  });

  it("gives the same answer whatever order cells arrive in, and ignores blank text", () => {
    const cells: Cell[] = [];
    for (let r = 1; r <= 40; r++) for (let c = 0; c < 3; c++) cells.push([r, c, r === 1 ? `H${c}` : r * 10 + c]);
    cells.push([50, 1, "   "]);
    const inOrder = collect(cells);
    const shuffled = collect([...cells].reverse());
    expect(shuffled).toEqual(inOrder);
    expect(inOrder).toEqual([{ headerRow: 1, firstColumn: 0, headers: ["H0", "H1", "H2"], rowCount: 39 }]);
  });

  it("finds nothing on an empty sheet", () => {
    expect(collect([])).toEqual([]);
  });
  describe("a second block under a blank row", () => {
    const rows = (top: number, values: (string | number | null)[][]): Cell[] =>
      values.flatMap((r, i) => r.flatMap((v, c): Cell[] => (v === null ? [] : [[top + i, c, v]])));

    it("starts a region of its own when its row holds known headers (answers, then key figures)", () => {
      const cells = rows(1, [
        ["CVR", "Segment", "Anbefalingsscore", "Effekt"],
        ["12345674", "drift", 9, "i høj grad"],
        ["12345674", "vækst", 7, null],
        [],
        [],
        ["Nøgletal", "Værdi", "Kilde"],
        ["Cases", 31, "Case-samling"],
      ]);
      expect(collect(cells)).toEqual([
        { headerRow: 1, firstColumn: 0, headers: ["CVR", "Segment", "Anbefalingsscore", "Effekt"], rowCount: 2 },
        { headerRow: 6, firstColumn: 0, headers: ["Nøgletal", "Værdi", "Kilde", ""], rowCount: 1 },
      ]);
    });

    it("does not split data at a blank row followed by text that is no header", () => {
      const cells = rows(1, [
        ["Nøgletal", "Værdi", "Kilde"],
        ["Kendskabsgrad", "52 %", "ERST"],
        [],
        ["Samlet omsætning", "62.500.000 kr.", "Økonomi"],
      ]);
      expect(collect(cells)).toEqual([
        { headerRow: 1, firstColumn: 0, headers: ["Nøgletal", "Værdi", "Kilde"], rowCount: 3 },
      ]);
    });

    it("does not split where the row above is not blank in every column", () => {
      const cells = rows(1, [
        ["CVR", "Timer", "Note"],
        ["12345674", 3, null],
        [null, null, "se nedenfor"],
        ["Nøgle", "Værdi", null],
      ]);
      expect(collect(cells)).toHaveLength(1);
    });
  });
});
