/**
 * The Office.js adapter on a fake Excel that keeps Office.js's batching rules (queued calls, load
 * before read, errors at sync) and measures every request: listing sources and
 * reading columns.
 */
import { chunkRows } from "./limits";
import { FakeExcel } from "./testing/fake-excel";
import { make, sample } from "./testing/fixtures";
import { MemoryWorkbook } from "../memory";

describe("OfficeWorkbook.listSources", () => {
  test("tables first, then plain ranges with their detected header row", async () => {
    const book = sample();
    const port = make(book);
    const sources = await port.listSources();
    expect(sources).toEqual([
      {
        sheet: "Forløb",
        table: "Forloeb",
        headerRow: 1,
        firstColumn: 0,
        headers: ["CVR-nummer", "Kundesegment", "Timer", "Startdato"],
        rowCount: 4,
      },
      {
        sheet: "Evaluering",
        table: null,
        headerRow: 3,
        firstColumn: 0,
        headers: ["", "CVR", "Anbefaling (0-10)", "Forventet effekt"],
        rowCount: 3,
      },
      {
        sheet: "Skjult",
        table: null,
        headerRow: 1,
        firstColumn: 0,
        headers: ["Nøgle", "Værdi"],
        rowCount: 1,
        sheetHidden: true,
      },
    ]);
    // Three requests whatever the workbook's size: names; headers, used ranges and each sheet's
    // top rows (and the small table up there); the plain regions' ends.
    expect(port.meter.syncs).toBe(3);
    expect(book.syncs).toBe(3);
  });

  test("a sheet used only further down, and a small table there, cost one request more", async () => {
    const book = sample();
    book.put("Nede", "C60", [
      ["Nøgle", "Værdi", "Kilde"],
      ["Basistilskud", 1000, "Regnskab"],
      ["Omsætning", 2600, null],
    ]);
    book.put("Nede", "C100", [
      ["Kommune", "Befolkning"],
      ["Roskilde", 90_000],
    ]);
    book.addTable(book.sheet("Nede")!, "C100:D101").name = "Kommuner";
    const port = make(book);
    const sources = await port.listSources();
    expect(book.syncs).toBe(4);
    expect(sources.find((s) => s.sheet === "Nede" && s.table === null)).toMatchObject({
      headerRow: 60,
      firstColumn: 2,
      headers: ["Nøgle", "Værdi", "Kilde"],
      rowCount: 2,
    });
    const kommuner = sources.find((s) => s.table === "Kommuner")!;
    const before = book.syncs;
    expect((await port.readColumns(kommuner, [0, 1])).columns).toEqual([["Roskilde"], [90_000]]);
    expect(book.syncs).toBe(before);
    // The small table at the top of Forløb came out of the top rows read with the used ranges.
    const forloeb = sources.find((s) => s.table === "Forloeb")!;
    expect((await port.readColumns(forloeb, [1])).columns[0]).toEqual(["vækst", "drift", null, "drift"]);
    expect(book.syncs).toBe(before);
  });

  test("a second block under a blank row ends the first, also below the header scan's 20 rows", async () => {
    const book = new FakeExcel();
    const answers = Array.from({ length: 21 }, (_, i) => [String(10_000_000 + i), "vækst", i % 11]);
    book.put("Ark", "A3", [["CVR", "Kundesegment", "Anbefaling (0-10)"], ...answers]);
    book.put("Ark", "A26", [
      ["Nøgletal", "Værdi", "Kilde"],
      ["Basistilskud", 1000, "Regnskab"],
      ["Omsætning", 2600, null],
    ]);
    book.put("Status", "A1", [
      ["Nøgletal", "Antal"],
      ["Events", 3],
    ]);
    book.put("Status", "A4", [
      ["Mål", "Aktivitet", "Status"],
      ["2a", "Messe", "opfyldt"],
    ]);
    const sources = await make(book).listSources();
    const blocks = (sheet: string) =>
      sources.filter((s) => s.sheet === sheet).map((s) => [s.headerRow, s.headers[0], s.rowCount]);
    // Before, the first block ran on over the second: its rowCount came from the sheet's bottom.
    expect(blocks("Ark")).toEqual([
      [3, "CVR", 21],
      [26, "Nøgletal", 2],
    ]);
    expect(blocks("Status")).toEqual([
      [1, "Nøgletal", 1],
      [4, "Mål", 1],
    ]);
  });

  test("a block that starts below the top 40 rows of a small plain sheet is found, in one more request at most", async () => {
    const book = new FakeExcel();
    const activities = Array.from({ length: 50 }, (_, i) => [String(i + 1), `Aktivitet ${i + 1}`, "opfyldt"]);
    book.put("Status", "A1", [["Mål", "Aktivitet", "Status"], ...activities]);
    book.put("Status", "A60", [
      ["Nøgletal", "Værdi"],
      ["Basistilskud", 1000],
      ["Omsætning", 2600],
    ]);
    const port = make(book);
    const sources = await port.listSources();
    expect(sources.map((s) => [s.sheet, s.headerRow, s.headers[0], s.rowCount])).toEqual([
      ["Status", 1, "Mål", 50],
      ["Status", 60, "Nøgletal", 2],
    ]);
    expect(book.syncs).toBeLessThanOrEqual(4); // the listing (2), the rest of the sheet, the blocks' ends
    // Read as the other adapters read it.
    const memory = MemoryWorkbook.fromSpec({
      sheets: [
        {
          name: "Status",
          rows: [
            ["Mål", "Aktivitet", "Status"],
            ...activities,
            ...Array.from({ length: 8 }, () => []),
            ["Nøgletal", "Værdi"],
            ["Basistilskud", 1000],
            ["Omsætning", 2600],
          ],
        },
      ],
    });
    const listed = await memory.listSources();
    expect(listed.map((s) => [s.sheet, s.headerRow, s.headers[0], s.rowCount])).toEqual(
      sources.map((s) => [s.sheet, s.headerRow, s.headers[0], s.rowCount]),
    );
  });

  test("when Excel refuses the lower part of a small sheet, the listing goes on without its lower blocks", async () => {
    const book = new FakeExcel();
    // Short top rows make the estimate low; the long texts below are far more.
    const rows = [
      ["Tekst", "Mere"],
      ...Array.from({ length: 1500 }, (_, i) => (i < 30 ? ["a", "b"] : ["ord ".repeat(40), "x"])),
    ];
    book.put("Noter", "A1", rows);
    book.payloadLimit = 150_000;
    const sources = await make(book).listSources();
    expect(sources.map((s) => [s.sheet, s.headerRow, s.rowCount])).toEqual([["Noter", 1, 1500]]);
    expect(book.requests.some((r) => r.refused)).toBe(true);
  });

  test("an empty workbook has no sources", async () => {
    const book = new FakeExcel();
    book.addSheet("Ark1");
    expect(await make(book).listSources()).toEqual([]);
  });
});

describe("OfficeWorkbook.readColumns", () => {
  test("reads typed cells: numbers, text, blanks as null, errors as CellError; columns in the order asked", async () => {
    const book = sample();
    const port = make(book);
    const [, evaluering] = await port.listSources();
    const { columns } = await port.readColumns(evaluering!, [3, 1, 2, 2, 9]);
    expect(columns).toEqual([
      ["i høj grad", "ved ikke", "#N/A"], // text that looks like an error stays text
      [12345678, 87654321, 11111111],
      [9, 11, { error: "#N/A" }],
      [9, 11, { error: "#N/A" }],
      [null, null, null],
    ]);
  });

  test("blank rows inside a table read as nulls", async () => {
    const book = sample();
    const port = make(book);
    const [forloeb] = await port.listSources();
    const { columns } = await port.readColumns(forloeb!, [0, 2]);
    expect(columns).toEqual([
      [12345678, 87654321, null, 11111111],
      [12, 25, null, 3.5],
    ]);
  });

  test("a big source is read in chunks, one sync per chunk, each request inside the budget", async () => {
    const book = new FakeExcel();
    const rows = 60_000;
    const data: (string | number)[][] = [["CVR-nummer", "Timer", "Tema"]];
    for (let i = 0; i < rows; i++)
      data.push([String(10_000_000 + i), i % 40, i % 3 === 0 ? "Digitalisering" : "Grøn omstilling"]);
    book.put("Forløb", "A1", data);
    const budget = { maxCells: 5_000_000, maxBytes: 256 * 1024 };
    const port = make(book, budget);
    const [src] = await port.listSources();
    port.meter.reset();
    const before = book.syncs;
    const progress: number[] = [];
    const { columns } = await port.readColumns(src!, [0, 1, 2], { onProgress: (d) => progress.push(d) });
    const syncs = book.syncs - before;
    expect(syncs).toBe(port.meter.syncs);
    expect(progress.length).toBe(syncs); // one sync per chunk
    expect(progress[progress.length - 1]).toBe(rows);
    expect(columns[1]![59_999]).toBe(59_999 % 40);
    expect(columns[2]![3]).toBe("Digitalisering");
    // No request or response above the budget; the learned chunk size uses it well.
    const reads = book.requests.slice(before);
    for (const r of reads) expect(r.responseBytes).toBeLessThanOrEqual(budget.maxBytes);
    // values and value types are read for every cell, once per request
    expect(reads.reduce((a, r) => a + r.cells, 0)).toBe(2 * rows * 3);
    expect(Math.max(...reads.map((r) => r.responseBytes))).toBeGreaterThan(budget.maxBytes / 3);
    // The adapter's own estimate is never below what was really sent after the first chunk.
    expect(syncs).toBeLessThan(40);
  });

  test("chunk rows follow the column count and both limits", () => {
    expect(chunkRows(1, 10_000_000, 1, { maxCells: 5_000_000, maxBytes: 1e9 })).toBe(5_000_000); // cell limit
    expect(chunkRows(10, 10_000_000, 32)).toBe(Math.floor((4 * 1024 * 1024) / 320)); // byte limit
    expect(chunkRows(100, 10, 32)).toBe(10);
    expect(chunkRows(16_384, 1_000_000, 1_000_000)).toBe(1);
  });

  test("a request Excel finds too large is retried with half the rows", async () => {
    const book = new FakeExcel();
    const data: string[][] = [["Tekst"]];
    for (let i = 0; i < 4000; i++) data.push(["x".repeat(200)]);
    book.put("Data", "A1", data);
    const port = make(book);
    const [src] = await port.listSources();
    book.payloadLimit = 100_000; // far below what the first guess asks for
    const { columns } = await port.readColumns(src!, [0]);
    expect(columns[0]!.length).toBe(4000);
    expect(columns[0]!.every((v) => v === "x".repeat(200))).toBe(true);
    expect(book.requests.some((r) => r.refused)).toBe(true);
    expect(book.requests.filter((r) => !r.refused).every((r) => r.responseBytes <= 100_000)).toBe(true);
  });

  test("cancelling stops between chunks", async () => {
    const book = new FakeExcel();
    const data: number[][] = [[1, 2]];
    for (let i = 0; i < 5000; i++) data.push([i, i]);
    book.put("Data", "A1", data);
    const port = make(book, { maxCells: 1000, maxBytes: 1e9 });
    const [src] = await port.listSources();
    const ctl = new AbortController();
    await expect(
      port.readColumns(src!, [0, 1], { signal: ctl.signal, onProgress: (d) => d >= 1000 && ctl.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});
