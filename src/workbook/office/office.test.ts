/**
 * The Office.js adapter on a fake Excel that keeps Office.js's batching rules (queued calls, load
 * before read, errors at sync) and measures every request.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the host names from office-addin-manifest, whose ESM-only
// dependencies Node 20's require cannot load; give it the names directly.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { WriteConflictError, type WritePlan } from "../port";
import { OfficeWorkbook, officeWorkbook, SettingsTooLargeError } from "./index";
import { chunkRows, DEFAULT_BUDGET } from "./limits";
import { OWNED_KEY, parseOwned, recordedCells, SETTINGS_KEY, sheetName } from "./ownership";
import { kontrolRuns } from "./write";
import { FakeExcel } from "./testing/fake-excel";
import { MemoryWorkbook } from "../memory";

const FEATURES = { dataValidation: true, suspendScreenUpdating: true };
const make = (book: FakeExcel, budget = DEFAULT_BUDGET): OfficeWorkbook =>
  new OfficeWorkbook(book.run, FEATURES, budget);

/** A workbook with an Excel table (Forløb) and a plain range under a title (Evaluering). */
function sample(): FakeExcel {
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

const statusPlan = (): WritePlan => ({
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

describe("OfficeWorkbook.apply and clean", () => {
  test("writes the status sheet, Kontrol columns and fills, recording what it wrote", async () => {
    const book = sample();
    book.cell("Forløb", "C3")!.fill = "#00B0F0"; // the user's own colour under a highlight
    const port = make(book);
    const report = await port.apply(statusPlan());
    expect(report).toEqual({ sheetsWritten: ["Målopfyldelse"], cellsWritten: 18 + 5 + 4, highlights: 3 });

    // status sheet: text stays text, formulas are formulas, formats after values
    expect(book.value("Målopfyldelse", "A1")).toBe("Mål");
    expect(book.cell("Målopfyldelse", "A1")!.bold).toBe(true);
    expect(book.value("Målopfyldelse", "C2")).toBe("=Tilfredshed");
    expect(book.cell("Målopfyldelse", "C2")!.formula).toBeUndefined();
    expect(book.cell("Målopfyldelse", "E2")!.formula).toBe('=COUNTIFS(Evaluering[[Anbefaling (0-10)]],">=9")');
    expect(book.cell("Målopfyldelse", "F3")!.numberFormat).toBe("0%");
    expect(book.value("Målopfyldelse", "A2")).toBe("1"); // a goal id stays text
    expect(book.sheet("Målopfyldelse")!.frozenRows).toBe(1);
    expect(book.sheet("Målopfyldelse")!.charts).toEqual([
      { type: "BarClustered", source: "H1:I3", name: "Kontrakttjek", title: "Målopfyldelse", position: "K1" },
    ]);
    expect(book.cell("Målopfyldelse", "I2")!.formula).toBe("=F2");

    // the table grew by a Kontrol column; the plain range got one beside it
    expect(book.table("Forloeb")!.columns).toBe(5);
    expect(book.value("Forløb", "E1")).toBe("Kontrol");
    expect(book.value("Forløb", "E3")).toBe("Timer over 20 uden ledelsesvurdering");
    expect(book.value("Evaluering", "E3")).toBe("Kontrol");
    expect(book.value("Evaluering", "E5")).toBe("Anbefaling 11 er over 10");
    expect(book.value("Evaluering", "E6")).toBe("=fejl");

    // fills: an error beats a warning on the same cell
    expect(book.cell("Forløb", "C3")!.fill).toBe("#FFC7CE");
    expect(book.cell("Evaluering", "C6")!.fill).toBe("#FFC7CE");

    // every request that wrote cells suspended calculation and screen updating
    const writing = book.requests.filter((r) => r.writes && r.cells > 0);
    expect(writing.length).toBeGreaterThan(0);
    for (const r of writing) expect(r).toMatchObject({ calcSuspended: true, screenSuspended: true });

    // the record names the sheet and every cell written, with a fingerprint of each
    const owned = parseOwned(book.settings.get(OWNED_KEY));
    expect(owned.v).toBe(2);
    expect(owned.sheets.map(sheetName)).toEqual(["Målopfyldelse"]);
    expect(owned.sheets[0]).toMatchObject({ cells: "A1:A3 B1 C1:C3 D1:D3 E1:E3 F1:F3 H1:H3 I1:I3" });
    expect(owned.columns.map((c) => [c.sheet, c.table, c.column, c.cells])).toEqual([
      ["Forløb", "Forloeb", 4, "E1 E3"],
      ["Evaluering", null, 4, "E3 E5:E6"],
    ]);
    expect(recordedCells(owned.columns[1]!)!.size).toBe(3);
    expect(owned.highlights).toContainEqual({ sheet: "Forløb", color: "#FFC7CE", original: "#00B0F0", ranges: ["C3"] });

    // clean takes it all away and restores the user's colour
    const cleaned = await port.clean();
    expect(cleaned).toEqual({ sheetsRemoved: ["Målopfyldelse"], columnsRemoved: 2, highlightsRemoved: 3 });
    expect(book.sheet("Målopfyldelse")).toBeUndefined();
    expect(book.table("Forloeb")!.columns).toBe(4);
    expect(book.value("Forløb", "E1")).toBe("");
    expect(book.value("Evaluering", "E3")).toBe("");
    expect(book.cell("Forløb", "C3")!.fill).toBe("#00B0F0");
    expect(book.cell("Evaluering", "C5")?.fill).toBeUndefined();
    expect(book.settings.has(OWNED_KEY)).toBe(false);
    // the user's data is untouched
    expect(book.value("Forløb", "C3")).toBe(25);
    expect(book.value("Evaluering", "D4")).toBe("i høj grad");
    expect(await port.clean()).toEqual({ sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 });
  });

  test("its own status sheet is listed as Kontrakttjek's, so binding skips it", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    const sources = await port.listSources();
    expect(sources.find((s) => s.sheet === "Målopfyldelse")).toMatchObject({ ownedByKontrakttjek: true });
    expect(sources.find((s) => s.sheet === "Forløb")?.ownedByKontrakttjek).toBeUndefined();
  });

  test("writing again replaces the previous write in the same place", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    // The planner now sees the Kontrol columns as part of the sources and asks one column further right.
    const again = statusPlan();
    await port.apply({ ...again, kontrolColumns: again.kontrolColumns.map((k) => ({ ...k, column: 5 })) });
    expect(book.table("Forloeb")!.columns).toBe(5);
    expect(book.value("Forløb", "E1")).toBe("Kontrol");
    expect(book.value("Forløb", "F1")).toBe("");
    expect(book.value("Evaluering", "E3")).toBe("Kontrol");
    expect(book.value("Evaluering", "F3")).toBe("");
    await port.clean();
    expect(book.value("Evaluering", "E3")).toBe("");
    expect(book.cell("Forløb", "C3")?.fill).toBeUndefined();
  });

  test("a user's sheet or cells where it would write stop the write; forced, it writes beside them", async () => {
    const book = sample();
    book.put("Målopfyldelse", "A1", [["mine"]]);
    const port = make(book);
    await expect(port.apply(statusPlan())).rejects.toEqual(new WriteConflictError("Målopfyldelse", "A1"));
    expect(book.value("Målopfyldelse", "A1")).toBe("mine");
    expect(book.table("Forloeb")!.columns).toBe(4);

    const noSheet = { ...statusPlan(), statusSheet: null };
    book.put("Evaluering", "E6", [["note"]]);
    await expect(port.apply(noSheet)).rejects.toEqual(new WriteConflictError("Evaluering", "E6"));
    expect(book.value("Evaluering", "E6")).toBe("note");
    expect(book.requests.filter((r) => r.writes)).toEqual([]);

    const report = await port.apply(statusPlan(), { force: true });
    expect(report.sheetsWritten).toEqual(["Målopfyldelse 2"]);
    expect(report.moved).toEqual([
      { kind: "sheet", from: "Målopfyldelse", to: "Målopfyldelse 2" },
      { kind: "column", sheet: "Evaluering", header: "Kontrol", from: 4, to: 5 },
    ]);
    // the user's cells are as they were; ours stand beside them
    expect(book.value("Målopfyldelse", "A1")).toBe("mine");
    expect(book.value("Målopfyldelse 2", "A1")).toBe("Mål");
    expect(book.value("Evaluering", "E6")).toBe("note");
    expect(book.value("Evaluering", "F3")).toBe("Kontrol");
    expect(book.value("Evaluering", "F6")).toBe("=fejl");
    // and clean takes ours away, the user's stay
    expect(await port.clean()).toEqual({ sheetsRemoved: ["Målopfyldelse 2"], columnsRemoved: 2, highlightsRemoved: 3 });
    expect(book.value("Målopfyldelse", "A1")).toBe("mine");
    expect(book.value("Evaluering", "E6")).toBe("note");
    expect(book.value("Evaluering", "F3")).toBe("");
  });

  test("a table's next column holding the user's cells is a conflict even with force", async () => {
    const book = sample();
    book.put("Forløb", "E4", [["min note"]]);
    const port = make(book);
    const noSheet = { ...statusPlan(), statusSheet: null };
    for (const force of [false, true])
      await expect(port.apply(noSheet, { force })).rejects.toMatchObject({
        name: "WriteConflictError",
        sheet: "Forløb",
        address: "E4",
        besideWithForce: false,
      });
    expect(book.value("Forløb", "E4")).toBe("min note");
    expect(book.requests.filter((r) => r.writes)).toEqual([]);
  });

  test("a cell the user recoloured after the write keeps the user's colour on clean", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    book.cell("Evaluering", "C5")!.fill = "#92D050";
    const r = await port.clean();
    expect(r.highlightsRemoved).toBe(2);
    expect(book.cell("Evaluering", "C5")!.fill).toBe("#92D050");
  });

  test("many highlights cost a few requests, not one per cell", async () => {
    const book = new FakeExcel();
    const data: (string | number)[][] = [["CVR-nummer", "Timer"]];
    for (let i = 0; i < 10_000; i++) data.push([String(i), i]);
    book.put("Forløb", "A1", data);
    const port = make(book);
    const highlights = Array.from({ length: 10_000 }, (_, i) => ({
      sheet: "Forløb",
      row: i + 2,
      column: i % 2,
      kind: (i % 7 === 0 ? "warning" : "error") as "warning" | "error",
    }));
    const before = book.syncs;
    await port.apply({ statusSheet: null, kontrolColumns: [], highlights });
    expect(book.syncs - before).toBeLessThan(20);
    expect(book.cell("Forløb", "A2")!.fill).toBe("#FFEB9C");
    expect(book.cell("Forløb", "B3")!.fill).toBe("#FFC7CE");
    const r = await port.clean();
    expect(r.highlightsRemoved).toBe(10_000);
    expect(book.cell("Forløb", "B3")?.fill).toBeUndefined();
  });
});

/** Everything a user could see of a sheet: values, formulas, formats, fills. */
const cellsOf = (book: FakeExcel, sheet: string): unknown[] =>
  [...book.sheet(sheet)!.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }]);

describe("OfficeWorkbook: never lose a cell", () => {
  test("a user's edits inside the status sheet and a Kontrol column survive clean and are reported as kept", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    // The user changes a target, adds a note, and answers two Kontrol texts.
    book.put("Målopfyldelse", "D2", [[75]]);
    book.put("Målopfyldelse", "A10", [["min note"]]);
    book.put("Forløb", "E3", [["tjekket af Bo"]]);
    book.put("Evaluering", "E5", [["ok"]]);
    const report = await port.clean();
    expect(report).toEqual({
      sheetsRemoved: [],
      columnsRemoved: 2,
      highlightsRemoved: 3,
      kept: [
        { reason: "changed", sheet: "Målopfyldelse", cells: ["D2", "A10"], count: 2 },
        { reason: "changed", sheet: "Forløb", cells: ["E3"], count: 1 },
        { reason: "changed", sheet: "Evaluering", cells: ["E5"], count: 1 },
      ],
    });
    // The sheet stays the user's, with their cells only (our cells and chart are gone).
    expect([...book.sheet("Målopfyldelse")!.cells.keys()].sort()).toEqual(["1,3", "9,0"]);
    expect(book.value("Målopfyldelse", "D2")).toBe(75);
    expect(book.value("Målopfyldelse", "A10")).toBe("min note");
    expect(book.sheet("Målopfyldelse")!.charts).toEqual([]);
    // The table's column holds the user's text, so it stays (theirs now); ours in it is gone.
    expect(book.table("Forloeb")!.columns).toBe(5);
    expect(book.value("Forløb", "E3")).toBe("tjekket af Bo");
    // The plain column: our header and text gone, the user's answer stays.
    expect([book.value("Evaluering", "E3"), book.value("Evaluering", "E5"), book.value("Evaluering", "E6")]).toEqual([
      "",
      "ok",
      "",
    ]);
    expect(book.settings.has(OWNED_KEY)).toBe(false);
  });

  test("writing again: a user's cell where the plan writes is a conflict; forced, the sheet goes beside it", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    book.put("Målopfyldelse", "D2", [[75]]);
    const before = book.requests.length;
    await expect(port.apply(statusPlan())).rejects.toEqual(new WriteConflictError("Målopfyldelse", "D2"));
    expect(book.requests.slice(before).filter((r) => r.writes)).toEqual([]);
    const report = await port.apply(statusPlan(), { force: true });
    expect(report.moved).toEqual([{ kind: "sheet", from: "Målopfyldelse", to: "Målopfyldelse 2" }]);
    expect(book.value("Målopfyldelse", "D2")).toBe(75);
    expect(book.value("Målopfyldelse 2", "D2")).toBe(70);
    // the earlier write was taken away first; the user's cell stayed
    expect([...book.sheet("Målopfyldelse")!.cells.keys()]).toEqual(["1,3"]);
  });

  test("writing again around a user's note on the status sheet keeps the note and writes in place", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    book.put("Målopfyldelse", "A10", [["min note"]]);
    const report = await port.apply(statusPlan());
    expect(report.sheetsWritten).toEqual(["Målopfyldelse"]);
    expect(report.moved).toBeUndefined();
    expect(book.value("Målopfyldelse", "A1")).toBe("Mål");
    expect(book.value("Målopfyldelse", "A10")).toBe("min note");
    expect(book.sheet("Målopfyldelse")!.charts).toHaveLength(1);
    const cleaned = await port.clean();
    expect(cleaned.kept).toEqual([{ reason: "changed", sheet: "Målopfyldelse", cells: ["A10"], count: 1 }]);
    expect([...book.sheet("Målopfyldelse")!.cells.keys()]).toEqual(["9,0"]);
  });

  test("forced over a user's sheet of the status sheet's name: theirs stays exactly as it was", async () => {
    const book = sample();
    book.put("Målopfyldelse", "A1", [
      ["Mål", "Min vurdering"],
      ["1", 0.8],
    ]);
    const mine = book.sheet("Målopfyldelse")!;
    mine.cells.get("1,1")!.numberFormat = "0%";
    mine.cells.get("0,0")!.fill = "#92D050";
    book.put("Målopfyldelse", "C2", [["=B2*2"]]);
    const before = cellsOf(book, "Målopfyldelse");
    const port = make(book);
    const report = await port.apply(statusPlan(), { force: true });
    expect(report).toMatchObject({
      sheetsWritten: ["Målopfyldelse 2"],
      moved: [{ kind: "sheet", from: "Målopfyldelse", to: "Målopfyldelse 2" }],
    });
    expect(cellsOf(book, "Målopfyldelse")).toEqual(before);
    expect(book.value("Målopfyldelse 2", "A1")).toBe("Mål");
    // the listing knows which is ours
    const listed = await port.listSources();
    expect(listed.find((s) => s.sheet === "Målopfyldelse 2")?.ownedByKontrakttjek).toBe(true);
    expect(listed.find((s) => s.sheet === "Målopfyldelse")?.ownedByKontrakttjek).toBeUndefined();
    // writing again goes to the same place; clean leaves the user's sheet as it was
    await port.apply(statusPlan(), { force: true });
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Forløb",
      "Evaluering",
      "Skjult",
      "Målopfyldelse",
      "Målopfyldelse 2",
    ]);
    expect((await port.clean()).sheetsRemoved).toEqual(["Målopfyldelse 2"]);
    expect(cellsOf(book, "Målopfyldelse")).toEqual(before);
  });

  test("the user wrote into our table column: writing again is a conflict there; forced, a new column goes beside it", async () => {
    const book = sample();
    const port = make(book);
    const noSheet = { ...statusPlan(), statusSheet: null, highlights: [] };
    await port.apply(noSheet);
    book.put("Forløb", "E3", [["tjekket af Bo"]]);
    await expect(port.apply(noSheet)).rejects.toMatchObject({
      name: "WriteConflictError",
      sheet: "Forløb",
      address: "E3",
      besideWithForce: false,
    });
    const report = await port.apply(noSheet, { force: true });
    expect(report.moved).toEqual([{ kind: "column", sheet: "Forløb", header: "Kontrol 2", from: 4, to: 5 }]);
    expect(book.table("Forloeb")!.columns).toBe(6);
    expect([book.value("Forløb", "E1"), book.value("Forløb", "E3")]).toEqual(["Kontrol", "tjekket af Bo"]);
    expect([book.value("Forløb", "F1"), book.value("Forløb", "F3")]).toEqual([
      "Kontrol 2",
      "Timer over 20 uden ledelsesvurdering",
    ]);
    // the listing takes the new one for ours, and the user's column stays theirs on clean
    const forloeb = (await port.listSources()).find((x) => x.table === "Forloeb");
    expect(forloeb?.ownedColumn).toBe(5);
    await port.clean();
    expect(book.table("Forloeb")!.columns).toBe(5);
    expect(book.value("Forløb", "E3")).toBe("tjekket af Bo");
  });

  test("forced past many columns of the user's, the Kontrol column costs one look more, not one per column", async () => {
    const book = new FakeExcel();
    book.put("Data", "A1", [
      Array.from({ length: 12 }, (_, j) => `Kolonne ${j + 1}`),
      Array.from({ length: 12 }, (_, j) => j),
    ]);
    const port = make(book);
    const plan: WritePlan = {
      statusSheet: null,
      kontrolColumns: [{ sheet: "Data", table: null, headerRow: 1, column: 2, header: "Kontrol", values: ["x"] }],
      highlights: [],
    };
    const before = book.syncs;
    const report = await port.apply(plan, { force: true });
    expect(report.moved).toEqual([{ kind: "column", sheet: "Data", header: "Kontrol", from: 2, to: 12 }]);
    expect(book.syncs - before).toBe(3); // the look, the next columns, the write
    expect(book.value("Data", "M2")).toBe("x");
    expect(book.value("Data", "L2")).toBe(11);
  });

  test("a version-1 record (names and ranges, no fingerprints) is still cleaned as it always was", async () => {
    const book = sample();
    // What an earlier version wrote: a status sheet, a table column, a plain column and a fill.
    book.put("Målopfyldelse", "A1", [["Mål"], ["1"]]);
    book.put("Forløb", "E1", [["Kontrol"], [null], ["Timer over 20"]]);
    book.table("Forloeb")!.columns = 5;
    book.put("Evaluering", "E3", [["Kontrol"], [null], ["Over 10"]]);
    book.put("Skjult", "C1", [["Kontrol (omdøbt)"], ["x"]]);
    book.cell("Forløb", "C3")!.fill = "#FFC7CE";
    const v1 = {
      v: 1,
      sheets: ["Målopfyldelse", "Findes ikke"],
      columns: [
        { sheet: "Forløb", table: "Forloeb", header: "Kontrol", column: 4, headerRow: 0, rows: 4 },
        { sheet: "Evaluering", table: null, header: "Kontrol", column: 4, headerRow: 2, rows: 3 },
        // the user renamed this header: not ours any more
        { sheet: "Skjult", table: null, header: "Kontrol", column: 2, headerRow: 0, rows: 1 },
      ],
      highlights: [{ sheet: "Forløb", color: "#FFC7CE", original: null, ranges: ["C3"] }],
    };
    book.settings.set(OWNED_KEY, JSON.stringify(v1));
    const port = make(book);
    expect(await port.clean()).toEqual({
      sheetsRemoved: ["Målopfyldelse"],
      columnsRemoved: 2,
      highlightsRemoved: 1,
      kept: [
        { reason: "missing", sheet: "Findes ikke", cells: [], count: 0 },
        { reason: "mismatch", sheet: "Skjult", cells: [], count: 0 },
      ],
    });
    expect(book.sheet("Målopfyldelse")).toBeUndefined();
    expect(book.table("Forloeb")!.columns).toBe(4);
    expect(book.value("Forløb", "E3")).toBe("");
    expect(book.value("Evaluering", "E3")).toBe("");
    expect(book.value("Evaluering", "E5")).toBe("");
    expect(book.value("Skjult", "C1")).toBe("Kontrol (omdøbt)");
    expect(book.cell("Forløb", "C3")?.fill).toBeUndefined();
    expect(book.settings.has(OWNED_KEY)).toBe(false);
  });

  test("a damaged fingerprint list proves nothing: the cells stay", async () => {
    const book = sample();
    const port = make(book);
    await port.apply({ ...statusPlan(), kontrolColumns: [], highlights: [] });
    const owned = parseOwned(book.settings.get(OWNED_KEY));
    book.settings.set(
      OWNED_KEY,
      JSON.stringify({ ...owned, sheets: [{ ...(owned.sheets[0] as object), fp: "AAAA" }] }),
    );
    const report = await port.clean();
    expect(report.sheetsRemoved).toEqual([]);
    expect(book.value("Målopfyldelse", "A1")).toBe("Mål");
  });

  test("clean reads a long Kontrol column in chunks: ⌈cells/chunk⌉ + 3 requests", async () => {
    const rows = 40_000;
    const book = new FakeExcel();
    book.put("Forløb", "A1", [["CVR-nummer"], ...Array.from({ length: rows }, (_, i) => [String(i)])]);
    const budget = { maxCells: 5_000_000, maxBytes: 256 * 1024 };
    book.payloadLimit = 320 * 1024;
    const port = make(book, budget);
    const values = Array.from({ length: rows }, (_, i) => (i % 4 === 0 ? `Række ${i + 2}: timer` : null));
    await port.apply({
      statusSheet: null,
      kontrolColumns: [{ sheet: "Forløb", table: null, headerRow: 1, column: 1, header: "Kontrol", values }],
      highlights: [],
    });
    book.put("Forløb", "B30002", [["ændret"]]);
    port.meter.reset();
    const before = book.requests.length;
    const report = await port.clean();
    const sent = book.requests.slice(before);
    // the record and names; the column's formulas, chunk by chunk; the removal
    const chunk = port.meter.maxCells;
    expect(sent.length).toBeLessThanOrEqual(Math.ceil((rows + 1) / chunk) + 3);
    expect(sent.some((r) => r.refused)).toBe(false);
    expect(report.kept).toEqual([{ reason: "changed", sheet: "Forløb", cells: ["B30002"], count: 1 }]);
    expect(book.value("Forløb", "B30002")).toBe("ændret");
    expect(book.value("Forløb", "B2")).toBe("");
    expect(book.value("Forløb", "B1")).toBe("");
  });
});

describe("settings, selection and fill-in sheets", () => {
  test("settings round-trip inside the workbook and stay small", async () => {
    const book = new FakeExcel();
    const port = make(book);
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings('{"contract":"sjaelland-2025"}');
    expect(book.settings.get(SETTINGS_KEY)).toBe('{"contract":"sjaelland-2025"}');
    expect(await port.loadSettings()).toBe('{"contract":"sjaelland-2025"}');
    await expect(port.saveSettings("x".repeat(300 * 1024))).rejects.toBeInstanceOf(SettingsTooLargeError);
  });

  test("selectCell activates the sheet and selects the Excel cell", async () => {
    const book = sample();
    await make(book).selectCell("Evaluering", 5, 2);
    expect(book.activeSheet).toBe("Evaluering");
    expect(book.selection).toEqual({ sheet: "Evaluering", address: "C5" });
  });

  test("insertSheets adds tables, formats and validation, and leaves existing sheets alone", async () => {
    const book = new FakeExcel();
    book.put("Kommuner", "A1", [["mine"]]);
    const port = make(book);
    const report = await port.insertSheets([
      {
        name: "Forløb",
        headerRows: 1,
        rows: [
          ["CVR-nummer", "Kundesegment", "Startdato"],
          [null, null, { kind: "date", value: "2025-03-15" }],
        ],
        columns: [{ width: 14, format: "text" }, null, { format: "date" }],
        tables: [{ name: "Forloeb", range: "A1:C2" }],
        validations: [
          { type: "list", values: ["drift", "vækst"], range: "B2:B5001", error: { text: "Vælg drift eller vækst." } },
          { type: "date", min: "2000-01-01", max: "2100-12-31", range: "C2:C5001" },
        ],
      },
      { name: "Kommuner", rows: [["Kommune"], ["Roskilde"]], tables: [{ name: "Kommuner", range: "A1:A2" }] },
    ]);
    expect(report).toEqual({ added: ["Forløb"], skipped: ["Kommuner"], validationSkipped: false });
    expect(book.table("Forloeb")).toMatchObject({ row: 0, column: 0, rows: 2, columns: 3 });
    expect(book.table("Kommuner")).toBeUndefined();
    expect(book.value("Kommuner", "A1")).toBe("mine");
    expect(book.value("Forløb", "C2")).toBe(45731);
    expect(book.cell("Forløb", "C2")!.numberFormat).toBe("dd-mm-yyyy");
    expect(book.cell("Forløb", "A300")!.numberFormat).toBe("@");
    expect(book.sheet("Forløb")!.frozenRows).toBe(1);
    expect(book.sheet("Forløb")!.columnWidths.get(0)).toBeCloseTo(14 * 5.7);
    expect(book.sheet("Forløb")!.validations).toEqual([
      {
        address: "B2:B5001",
        ignoreBlanks: true,
        rule: { list: { inCellDropDown: true, source: "drift,vækst" } },
        errorAlert: { showAlert: true, style: "Stop", title: "", message: "Vælg drift eller vækst." },
      },
      {
        address: "C2:C5001",
        ignoreBlanks: true,
        rule: { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } },
      },
    ]);
    // a CVR number typed later stays text (leading zero kept) in the text-formatted column
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Forløb").getRange("A3").values = [["01234567"]];
      await ctx.sync();
    });
    expect(book.value("Forløb", "A3")).toBe("01234567");
  });
});

describe("officeWorkbook() on Office", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("reads optional API sets from Office.context.requirements", () => {
    const asked: string[] = [];
    const office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return Number(version) <= 1.8;
          },
        },
      },
    });
    (globalThis as { Office?: unknown }).Office = office;
    const port = officeWorkbook();
    expect(port.features).toEqual({ dataValidation: true, suspendScreenUpdating: false, specialCells: false });
    expect(asked.sort()).toEqual(["ExcelApi 1.8", "ExcelApi 1.9"]);
  });
});

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
