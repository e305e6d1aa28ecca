import { MemoryWorkbook } from ".";
import { WriteConflictError, type WritePlan } from "../port";

const wb = () =>
  MemoryWorkbook.fromSpec({
    sheets: [
      {
        name: "Forløb",
        rows: [
          ["CVR-nummer", "Timer"],
          ["12345678", 4],
          ["87654321", 25],
        ],
        tables: [{ name: "Forloeb", ref: "A1:B3" }],
        formats: { B2: "decimal" },
        formulas: { B3: "=20+5" },
      },
      {
        name: "Skjult",
        hidden: "veryHidden",
        rows: [
          ["a", "b"],
          [1, 2],
        ],
        merges: ["A1:B1"],
      },
    ],
  });

const plan: WritePlan = {
  statusSheet: {
    name: "Målopfyldelse",
    rows: [[{ kind: "value", value: "Mål", format: "header" }], [{ kind: "formula", formula: "=1+1", cached: 2 }]],
  },
  kontrolColumns: [
    { sheet: "Forløb", table: "Forloeb", headerRow: 1, column: 2, header: "Kontrol", values: [null, "Over 20 timer"] },
  ],
  highlights: [{ sheet: "Forløb", row: 3, column: 1, kind: "warning" }],
};

describe("MemoryWorkbook grid view", () => {
  it("shows sheets, cells with formulas and formats, tables, hidden state and merges", () => {
    const w = wb();
    expect(w.sheetNames()).toEqual(["Forløb", "Skjult"]);
    const s = w.getSheet("forløb");
    expect(s?.cells[1]).toEqual([{ value: "12345678" }, { value: 4, format: "decimal" }]);
    expect(s?.cells[2]?.[1]).toEqual({ value: 25, formula: "=20+5" });
    expect(s?.tables).toEqual([{ name: "Forloeb", ref: "A1:B3", columns: ["CVR-nummer", "Timer"] }]);
    expect(w.getSheet("Skjult")).toMatchObject({ hidden: "veryHidden", merges: ["A1:B1"], ownedByKontrakttjek: false });
    expect(w.getSheet("Findes ikke")).toBeUndefined();
  });

  it("shows what apply wrote: the status sheet, the Kontrol column, highlights", async () => {
    const w = wb();
    await w.apply(plan);
    expect(w.sheetNames()).toEqual(["Forløb", "Skjult", "Målopfyldelse"]);
    const status = w.getSheet("Målopfyldelse");
    expect(status?.ownedByKontrakttjek).toBe(true);
    expect(status?.cells).toEqual([[{ value: "Mål", format: "header" }], [{ value: 2, formula: "=1+1" }]]);
    const s = w.getSheet("Forløb");
    expect(s?.tables[0]).toEqual({ name: "Forloeb", ref: "A1:C3", columns: ["CVR-nummer", "Timer", "Kontrol"] });
    expect(s?.cells[2]?.[1]).toEqual({ value: 25, formula: "=20+5", highlight: "warning" });
    expect(s?.cells[2]?.[2]).toEqual({ value: "Over 20 timer", format: "text" });
    await w.clean();
    expect(w.getSheet("Forløb")).toEqual(wb().getSheet("Forløb"));
  });

  it("lets a user edit cells, and apply respects the edit as the user's", async () => {
    const w = wb();
    w.setCell("Forløb", "C2", "min note");
    await expect(w.apply(plan)).rejects.toEqual(new WriteConflictError("Forløb", "C2"));
    w.setCell("Forløb", "C2", null);
    expect(w.getSheet("Forløb")?.cells[1]?.[2] ?? null).toBeNull();
    await expect(w.apply(plan)).resolves.toMatchObject({ highlights: 1 });
    w.setCell("Forløb", "A2", 1, "=0+1");
    expect(w.getSheet("Forløb")?.cells[1]?.[0]).toEqual({ value: 1, formula: "=0+1" });
  });

  it("puts a replaced status sheet back in its place and keeps a conflict from changing anything", async () => {
    const w = wb();
    await w.apply(plan);
    const before = w.getSheet("Forløb");
    w.setCell("Skjult", "A5", "x");
    const bad: WritePlan = {
      ...plan,
      kontrolColumns: [{ ...plan.kontrolColumns[0]!, sheet: "Skjult", table: null, column: 0, headerRow: 4 }],
    };
    await expect(w.apply(bad)).rejects.toBeInstanceOf(WriteConflictError);
    expect(w.getSheet("Forløb")).toEqual(before);
    expect(w.sheetNames()).toEqual(["Forløb", "Skjult", "Målopfyldelse"]);
  });

  it("rejects specs with a sheet twice or a bad range", () => {
    expect(() => MemoryWorkbook.fromSpec({ sheets: [{ name: "A" }, { name: "a" }] })).toThrow(/twice/);
    expect(() => MemoryWorkbook.fromSpec({ sheets: [{ name: "A", tables: [{ name: "T", ref: "nope" }] }] })).toThrow(
      /range/,
    );
  });

  it("keeps settings given in the spec", async () => {
    const w = MemoryWorkbook.fromSpec({ sheets: [], settings: '{"x":1}' });
    expect(await w.loadSettings()).toBe('{"x":1}');
  });
});
