/**
 * Reading through the Office adapter: several sources sharing requests (`readMany`), and reads
 * that load only `values` and ask Excel for the error cells (ExcelApi 1.9).
 */
import { parseAreas } from "./address";
import { OfficeWorkbook } from "./index";
import { DEFAULT_BUDGET, type ChunkBudget } from "./limits";
import { FakeExcel } from "./testing/fake-excel";

const TYPES = { dataValidation: true, suspendScreenUpdating: true, specialCells: false };
const VALUES_ONLY = { ...TYPES, specialCells: true };

const make = (book: FakeExcel, features = VALUES_ONLY, budget: ChunkBudget = DEFAULT_BUDGET): OfficeWorkbook =>
  new OfficeWorkbook(book.run, features, budget);

/** Cells that only the value type tells apart: errors, text that looks like one, formulas. */
function tricky(): FakeExcel {
  const book = new FakeExcel();
  book.put("Data", "A1", [
    ["Tekst", "Tal", "Formel"],
    ["'#N/A", "#N/A", "=1/0"],
    ["'#DIV/0!", 7, "=B3*2"],
    ["almindelig", "#REF!", '=IF(B3>5,"","x")'],
    [null, null, "=NA()"],
    ["#VALUE!", true, "=B3+1"],
  ]);
  return book;
}

describe("values-only reads (ExcelApi 1.9)", () => {
  test("errors read as errors, text that looks like an error stays text, like the values-and-types read", async () => {
    const expected = [
      ["#N/A", "#DIV/0!", "almindelig", null, { error: "#VALUE!" }],
      [{ error: "#N/A" }, 7, { error: "#REF!" }, null, true],
      [{ error: "#DIV/0!" }, 14, null, { error: "#N/A" }, 8],
    ];
    for (const features of [VALUES_ONLY, TYPES]) {
      const port = make(tricky(), features);
      const [src] = await port.listSources();
      const { columns } = await port.readColumns(src!, [0, 1, 2]);
      expect(columns).toEqual(expected);
    }
  });

  test("only values are loaded: about half the response bytes of values and value types", async () => {
    const rows: (string | number)[][] = [["CVR-nummer", "Timer", "Tema"]];
    for (let i = 0; i < 5_000; i++) rows.push([10_000_000 + i, i % 40, i % 2 ? "Grøn omstilling" : "Digitalisering"]);
    rows.push([99, "#N/A", "x"]);
    const bytes: number[] = [];
    for (const features of [VALUES_ONLY, TYPES]) {
      const book = new FakeExcel();
      book.put("Forløb", "A1", rows);
      const port = make(book, features);
      const [src] = await port.listSources();
      const before = book.syncs;
      const { columns } = await port.readColumns(src!, [0, 1, 2]);
      expect(columns[1]![5_000]).toEqual({ error: "#N/A" });
      expect(columns[1]![4_999]).toBe(4_999 % 40);
      expect(book.syncs - before).toBe(1);
      bytes.push(book.requests[before]!.responseBytes);
    }
    expect(bytes[0]!).toBeLessThan(bytes[1]! * 0.6);
  });

  test("where the error-cell lookup fails, the rest is read with value types", async () => {
    const book = tricky();
    const port = make(book);
    const [src] = await port.listSources();
    book.specialCellsFail = true;
    const { columns } = await port.readColumns(src!, [0, 1]);
    expect(columns[0]![0]).toBe("#N/A");
    expect(columns[1]![0]).toEqual({ error: "#N/A" });
  });

  test("a column beside error cells reads its own error-like text as text", async () => {
    const book = tricky();
    const port = make(book);
    const [src] = await port.listSources();
    const { columns } = await port.readColumns(src!, [0]);
    expect(columns[0]![0]).toBe("#N/A");
  });
});

/** Two sheets of generated rows; the row counts leave a part-full last chunk in each. */
function twoTables(a: number, b: number): FakeExcel {
  const book = new FakeExcel();
  const forloeb: (string | number)[][] = [["CVR-nummer", "Timer", "Tema"]];
  for (let i = 0; i < a; i++) forloeb.push([10_000_000 + i, i % 40, i % 3 ? "Grøn omstilling" : "Digitalisering"]);
  book.put("Forløb", "A1", forloeb);
  book.addTable(book.sheet("Forløb")!, `A1:C${a + 1}`).name = "Forloeb";
  const evaluering: (string | number)[][] = [["CVR", "Anbefaling (0-10)"]];
  for (let i = 0; i < b; i++) evaluering.push([20_000_000 + i, i % 11]);
  book.put("Evaluering", "A1", evaluering);
  book.addTable(book.sheet("Evaluering")!, `A1:B${b + 1}`).name = "Evaluering";
  return book;
}

const BUDGET: ChunkBudget = { maxCells: 5_000_000, maxBytes: 96 * 1024 };

describe("OfficeWorkbook.readMany", () => {
  test("two tables whose row counts leave part-full chunks are read in ⌈cells/chunk⌉ requests", async () => {
    const book = twoTables(17_003, 9_001);
    const port = make(book, VALUES_ONLY, BUDGET);
    const sources = await port.listSources();
    port.meter.reset();
    const before = book.syncs;
    const [f, e] = await port.readMany([
      { source: sources[0]!, columns: [0, 1, 2] },
      { source: sources[1]!, columns: [1, 0] },
    ]);
    const syncs = book.syncs - before;
    const cells = port.meter.requests.reduce((a, r) => a + r.cells, 0);
    expect(cells).toBe(17_003 * 3 + 9_001 * 2);
    expect(syncs).toBe(Math.ceil(cells / port.meter.maxCells));
    for (const r of book.requests.slice(before)) expect(r.responseBytes).toBeLessThanOrEqual(BUDGET.maxBytes);
    expect(f!.columns[0]![17_002]).toBe(10_017_002);
    expect(f!.columns[2]![3]).toBe("Digitalisering");
    expect(e!.columns[0]![9_000]).toBe(9_000 % 11);
    expect(e!.columns[1]![0]).toBe(20_000_000);

    // The same two tables one after the other: each one's last, part-full chunk costs a request.
    const alone = make(twoTables(17_003, 9_001), VALUES_ONLY, BUDGET);
    const listed = await alone.listSources();
    alone.meter.reset();
    await alone.readColumns(listed[0]!, [0, 1, 2]);
    await alone.readColumns(listed[1]!, [1, 0]);
    expect(alone.meter.syncs).toBeGreaterThan(syncs);
  });

  test("results come in the order asked; small tables from the listing cost no request", async () => {
    const book = twoTables(30, 20_000);
    const port = make(book, VALUES_ONLY, BUDGET);
    const sources = await port.listSources();
    const small = sources.find((s) => s.sheet === "Forløb")!;
    const big = sources.find((s) => s.sheet === "Evaluering")!;
    const before = book.syncs;
    const progress: [number, number][] = [];
    const [a, b] = await port.readMany(
      [
        { source: small, columns: [2] },
        { source: big, columns: [1] },
      ],
      { onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(a!.columns[0]![0]).toBe("Digitalisering");
    expect(b!.columns[0]![19_999]).toBe(19_999 % 11);
    // Only the big table was read; progress counts the rows of both, rising to the total.
    const syncs = book.syncs - before;
    expect(syncs).toBeGreaterThan(0);
    expect(progress.length).toBe(syncs);
    expect(progress.every(([, t]) => t === 20_030)).toBe(true);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((x, y) => x - y));
    expect(progress[progress.length - 1]).toEqual([20_030, 20_030]);
  });

  test("stops between requests when cancelled", async () => {
    const book = twoTables(20_000, 20_000);
    const port = make(book, VALUES_ONLY, BUDGET);
    const sources = await port.listSources();
    const ctl = new AbortController();
    const read = port.readMany(
      sources.map((source) => ({ source, columns: [0, 1] })),
      { signal: ctl.signal, onProgress: (d) => d > 5_000 && ctl.abort() },
    );
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(book.requests.length).toBeLessThan(10);
  });

  test("a response Excel finds too large is asked again, smaller", async () => {
    // The listing samples the top rows, which are short: the first guess is far too small.
    const book = new FakeExcel();
    const long = (i: number): string => `en lang tekst nummer ${i} `.repeat(4);
    const rows: string[][] = [["Tekst", "Mere"]];
    for (let i = 0; i < 3_000; i++) rows.push(i < 30 ? ["a", "b"] : [long(i), "x".repeat(60)]);
    book.put("Noter", "A1", rows);
    book.put("Andet", "A1", [["Kode", "Navn"], ...Array.from({ length: 3_000 }, (_, i) => [`k${i}`, "navn"])]);
    book.payloadLimit = 120_000;
    const port = make(book, VALUES_ONLY, { maxCells: 5_000_000, maxBytes: 100_000 });
    const sources = await port.listSources();
    const before = book.syncs;
    const got = await port.readMany([
      { source: sources[0]!, columns: [0, 1] },
      { source: sources[1]!, columns: [1, 0] },
    ]);
    expect(book.requests.slice(before).some((r) => r.refused)).toBe(true);
    expect(got[0]!.columns[0]![2_999]).toBe(long(2_999));
    expect(got[0]!.columns[1]![0]).toBe("b");
    expect(got[1]!.columns[1]![2_999]).toBe("k2999");
  });
});

describe("parseAreas", () => {
  test("splits a RangeAreas address, also with commas and quotes in the sheet name", () => {
    expect(parseAreas("Data!A2:A5, Data!$C$7")).toEqual([
      { row: 1, column: 0, rows: 4, columns: 1 },
      { row: 6, column: 2, rows: 1, columns: 1 },
    ]);
    expect(parseAreas("'Ark, 1''s'!B2,'Ark, 1''s'!D4:E5")).toEqual([
      { row: 1, column: 1, rows: 1, columns: 1 },
      { row: 3, column: 3, rows: 2, columns: 2 },
    ]);
    expect(parseAreas("Data!C:D")).toEqual([{ row: 0, column: 2, rows: 1_048_576, columns: 2 }]);
    expect(parseAreas("Data!3:4")).toEqual([{ row: 2, column: 0, rows: 2, columns: 16_384 }]);
    expect(parseAreas("")).toEqual([]);
  });
});
