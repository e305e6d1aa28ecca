/**
 * The Office.js adapter on a fake Excel that keeps Office.js's batching rules (queued calls, load
 * before read, errors at sync) and measures every request: never lose a cell.
 */
import { WriteConflictError, type WritePlan } from "../port";
import { OWNED_KEY } from "./ownership";
import { hasRecord, ownedIn, setOwnedIn } from "./testing/record";
import { FakeExcel } from "./testing/fake-excel";
import { cellsOf, make, sample, statusPlan } from "./testing/fixtures";

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
    expect(hasRecord(book)).toBe(false);
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
    expect(hasRecord(book)).toBe(false);
  });

  test("a damaged fingerprint list proves nothing: the cells stay", async () => {
    const book = sample();
    const port = make(book);
    await port.apply({ ...statusPlan(), kontrolColumns: [], highlights: [] });
    const owned = ownedIn(book)!;
    setOwnedIn(book, { ...owned, sheets: [{ ...(owned.sheets[0] as { name: string; cells: string }), fp: "AAAA" }] });
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
