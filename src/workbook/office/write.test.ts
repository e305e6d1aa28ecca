/**
 * The Office.js adapter on a fake Excel that keeps Office.js's batching rules (queued calls, load
 * before read, errors at sync) and measures every request: applying a plan and
 * cleaning it again.
 */
import { WriteConflictError } from "../port";
import { recordedCells, sheetName } from "./ownership";
import { hasRecord, ownedIn } from "./testing/record";
import { FakeExcel } from "./testing/fake-excel";
import { make, sample, statusPlan } from "./testing/fixtures";

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
    const owned = ownedIn(book)!;
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
    expect(hasRecord(book)).toBe(false);
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
