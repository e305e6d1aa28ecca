/**
 * The Office.js adapter on a fake Excel that keeps Office.js's batching rules (queued calls, load
 * before read, errors at sync) and measures every request: requests are full.
 */
import { DEFAULT_BUDGET } from "./limits";
import { kontrolRuns } from "./write";
import { FakeExcel } from "./testing/fake-excel";
import { make, sample } from "./testing/fixtures";

describe("OfficeWorkbook: requests are full", () => {
  test("a small table is read with the listing: reading it then costs no request, and only once", async () => {
    const book = sample();
    const port = make(book);
    const [forloeb] = await port.listSources();
    const before = book.syncs;
    const progress: number[] = [];
    const { columns } = await port.readColumns(forloeb!, [2, 0], { onProgress: (d) => progress.push(d) });
    expect(book.syncs).toBe(before);
    expect(columns).toEqual([
      [12, 25, null, 3.5],
      [12345678, 87654321, null, 11111111],
    ]);
    expect(progress).toEqual([4]);
    // A second read (the data may have changed since) goes to Excel.
    book.put("Forløb", "C2", [[13]]);
    const again = await port.readColumns(forloeb!, [2]);
    expect(book.syncs).toBe(before + 1);
    expect(again.columns[0]![0]).toBe(13);
  });

  test("a mostly-empty Kontrol column sends only its runs of text", async () => {
    const rows = 50_000;
    const book = new FakeExcel();
    const data: (string | number)[][] = [["CVR-nummer", "Timer"]];
    for (let i = 0; i < rows; i++) data.push([String(i), i]);
    book.put("Forløb", "A1", data);
    book.addTable(book.sheet("Forløb")!, `A1:B${rows + 1}`).name = "Forloeb";
    // Text on every 1,000th row, and on ten rows close together (one run with the gaps between).
    const values = Array.from({ length: rows }, (_, i) =>
      i % 1_000 === 0 || (i >= 700 && i < 710 && i % 2 === 0) ? `Række ${i + 2}: timer` : null,
    );
    const port = make(book);
    const before = book.syncs;
    await port.apply({
      statusSheet: null,
      kontrolColumns: [{ sheet: "Forløb", table: "Forloeb", headerRow: 1, column: 2, header: "Kontrol", values }],
      highlights: [],
    });
    expect(kontrolRuns(values)).toHaveLength(51);
    const written = port.meter.requests.slice(-1)[0]!;
    expect(written.cells).toBeLessThan(100);
    expect(book.requests.slice(before).reduce((a, r) => a + r.requestBytes, 0)).toBeLessThan(30_000);
    for (const [i, v] of values.entries()) if (v !== null) expect(book.value("Forløb", `C${i + 2}`)).toBe(v);
    expect(book.value("Forløb", "C3")).toBe("");
    expect(book.value("Forløb", "C705")).toBe("");
    // A second write puts the same in the same place.
    await port.apply({
      statusSheet: null,
      kontrolColumns: [{ sheet: "Forløb", table: "Forloeb", headerRow: 1, column: 2, header: "Kontrol", values }],
      highlights: [],
    });
    expect(book.value("Forløb", "C1")).toBe("Kontrol");
    expect(book.value("Forløb", "D1")).toBe("");
    expect(book.value("Forløb", `C${49_002}`)).toBe("Række 49002: timer");
  });

  test("a Kontrol column with text on every row is split into runs that fit the requests", async () => {
    expect(kontrolRuns(["a", "b", null, "c"], 100, () => 10)).toEqual([[0, 4]]);
    expect(kontrolRuns(["a", "b", null, "c"], 20, () => 10)).toEqual([
      [0, 2],
      [3, 4],
    ]);
    const rows = 4_000;
    const book = new FakeExcel();
    book.put("Forløb", "A1", [["CVR-nummer"], ...Array.from({ length: rows }, (_, i) => [String(i)])]);
    book.payloadLimit = 40 * 1024;
    const budget = { maxCells: 5_000_000, maxBytes: 32 * 1024 };
    const port = make(book, budget);
    const values = Array.from({ length: rows }, (_, i) => `Række ${i + 2}: ${"en lang forklaring ".repeat(3)}`);
    const before = book.syncs;
    await port.apply({
      statusSheet: null,
      kontrolColumns: [{ sheet: "Forløb", table: null, headerRow: 1, column: 1, header: "Kontrol", values }],
      highlights: [],
    });
    const sent = book.requests.slice(before);
    expect(sent.some((r) => r.refused)).toBe(false);
    expect(sent.length).toBeGreaterThan(8);
    expect(book.value("Forløb", "B4001")).toBe(values[3_999]);
    expect(book.value("Forløb", "B2")).toBe(values[0]);
  });

  test("a write shares requests: the look, then the record, sheet, Kontrol columns and fills together", async () => {
    const book = new FakeExcel();
    const data: (string | number)[][] = [["CVR-nummer", "Timer"]];
    for (let i = 0; i < 20_000; i++) data.push([String(i), i]);
    book.put("Forløb", "A1", data);
    book.addTable(book.sheet("Forløb")!, "A1:B20001").name = "Forloeb";
    const port = make(book);
    const before = book.syncs;
    const report = await port.apply({
      statusSheet: { name: "Målopfyldelse", rows: [[{ kind: "value", value: "Mål", format: "header" }]] },
      kontrolColumns: [
        {
          sheet: "Forløb",
          table: "Forloeb",
          headerRow: 1,
          column: 2,
          header: "Kontrol",
          values: Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `Række ${i + 2}: timer` : null)),
        },
      ],
      highlights: [{ sheet: "Forløb", row: 2, column: 1, kind: "error" }],
    });
    // Look (with the fills the highlighted cells have now), then everything else in one request.
    expect(book.syncs - before).toBe(2);
    expect(report.cellsWritten).toBe(1 + 20_001);
    expect(book.cell("Forløb", "C1")!.value).toBe("Kontrol");
    expect(book.cell("Forløb", "C20000")!.value).toBe("Række 20000: timer");
    expect(book.cell("Forløb", "B2")!.fill).toBe("#FFC7CE");
    expect(book.requests.slice(before).every((r) => r.requestBytes <= DEFAULT_BUDGET.maxBytes)).toBe(true);
    await port.clean();
    expect(book.cell("Forløb", "C1")?.value ?? null).toBeNull();
  });
});
