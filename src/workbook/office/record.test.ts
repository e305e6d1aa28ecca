/**
 * The Office adapter keeps its record in the one format the .xlsx writer keeps (a custom XML part,
 * `workbook.customXmlParts`), reads its former record from the settings, and moves it into the
 * part on the next write. The fake Excel's custom XML parts behave as Excel's.
 */
import { EMPTY_OWNERSHIP, MARKS_NS, parseRecord, recordXml } from "../ownership/record";
import { OWNED_KEY } from "./ownership";
import { colorOfFill, fillOfColor, ownedOfRecord, recordOfOwned } from "./record";
import { FakeExcel, FakeOfficeError } from "./testing/fake-excel";
import { make, sample, statusPlan } from "./testing/fixtures";
import { hasRecord, ownedIn, recordParts } from "./testing/record";

describe("Office adapter: the record is the custom XML part the .xlsx writer keeps", () => {
  test("a write keeps one part in Kontrakttjek's namespace, in the writer's format; clean deletes it", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    const parts = recordParts(book);
    expect(parts).toHaveLength(1);
    // no declaration: Office.js is given a string, Excel writes the declaration when it saves
    expect(parts[0]).toMatch(/^<kt:marks xmlns:kt="urn:kontrakttjek:marks:1" version="2">/);
    const record = parseRecord(parts[0]!)!;
    expect(record.sheets.map((s) => [s.name, s.created])).toEqual([["Målopfyldelse", true]]);
    // Excel rows and the header, as the writer records a Kontrol column
    expect(record.columns.map((c) => [c.sheet, c.table, c.header, c.column, c.headerRow, c.lastRow])).toEqual([
      ["Forløb", "Forloeb", "Kontrol", 4, 1, 5],
      ["Evaluering", null, "Kontrol", 4, 3, 6],
    ]);
    expect(book.settings.has(OWNED_KEY)).toBe(false);
    // writing again sets the same part, it adds none
    await port.apply(statusPlan());
    expect(recordParts(book)).toHaveLength(1);
    await port.clean();
    expect(recordParts(book)).toEqual([]);
  });

  test("the record the pane kept in the settings is still read, and the next write moves it into the part", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    // as the previous version left it: JSON in the settings, no part
    const owned = ownedIn(book)!;
    book.customXmlParts.splice(0);
    book.settings.set(OWNED_KEY, JSON.stringify(owned));
    expect((await port.listSources()).find((s) => s.sheet === "Målopfyldelse")?.ownedByKontrakttjek).toBe(true);
    await port.apply(statusPlan());
    expect(book.settings.has(OWNED_KEY)).toBe(false);
    expect(recordParts(book)).toHaveLength(1);
    expect(ownedIn(book)?.sheets).toHaveLength(1);
    // and clean, from the settings record alone, removes all of it
    book.settings.set(OWNED_KEY, JSON.stringify(ownedIn(book)));
    book.customXmlParts.splice(0);
    expect(await port.clean()).toMatchObject({ sheetsRemoved: ["Målopfyldelse"], columnsRemoved: 2 });
    expect(hasRecord(book)).toBe(false);
    expect(book.value("Forløb", "E1")).toBe("");
  });

  test("two parts of the namespace (two hosts that each added one) are both read, and clean removes both", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    const first = ownedIn(book)!;
    const xml = recordParts(book)[0]!;
    // a second part naming only the status sheet, another naming only the columns
    book.customXmlParts.splice(0);
    book.addCustomXmlPart(xml.replace(/<kt:column[^>]*\/>/g, ""));
    book.addCustomXmlPart(xml.replace(/<kt:sheet [^>]*\/>/g, "").replace(/<kt:highlights[^>]*\/>/g, ""));
    expect(first.columns).toHaveLength(2);
    const report = await port.clean();
    expect(report).toMatchObject({ sheetsRemoved: ["Målopfyldelse"], columnsRemoved: 2 });
    expect(recordParts(book)).toEqual([]);
  });

  test("a sheet the .xlsx writer wrote into without creating it is never removed whole, and stays so when written again", async () => {
    const book = sample();
    const port = make(book);
    await port.apply(statusPlan());
    const notCreated = (): void => {
      const part = book.customXmlParts[0]!;
      part.xml = part.xml.replace('created="1"', 'created="0"');
    };
    notCreated();
    await port.apply(statusPlan());
    expect(parseRecord(recordParts(book)[0]!)?.sheets.map((x) => x.created)).toEqual([false]);
    const report = await port.clean();
    expect(report.sheetsRemoved).toEqual([]);
    expect(book.sheet("Målopfyldelse")?.cells.size).toBe(0);
  });

  test("a highlight whose former fill Office cannot set (a theme colour) is left, and kept in the record for the .xlsx writer", async () => {
    const themeFill =
      '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.59999389629810485"/><bgColor indexed="64"/></patternFill></fill>';
    const book = sample();
    // as the .xlsx writer left it: Forløb!C3 highlighted over a theme colour
    book.cell("Forløb", "C3")!.fill = "#FFC7CE";
    book.addCustomXmlPart(
      recordXml({
        ...EMPTY_OWNERSHIP,
        highlights: [
          {
            sheetId: 1,
            sheet: "Forløb",
            ref: "C3",
            kind: "error",
            original: 5,
            originalFill: themeFill,
            applied: 9,
            created: false,
          },
        ],
      }),
    );
    const port = make(book);
    expect(await port.clean()).toMatchObject({ highlightsRemoved: 0 });
    expect(book.cell("Forløb", "C3")!.fill).toBe("#FFC7CE");
    const kept = (): unknown[] =>
      (parseRecord(recordParts(book)[0] ?? "")?.highlights ?? []).map((h) => [h.sheet, h.ref, h.originalFill]);
    expect(kept()).toEqual([["Forløb", "C3", themeFill]]);
    // the pane highlights the same cell again: the record still gives it the theme colour back
    await port.apply(statusPlan());
    expect(kept()).toContainEqual(["Forløb", "C3", themeFill]);
    expect(kept()).not.toContainEqual(["Forløb", "C3", fillOfColor("#FFC7CE")]);
    await port.clean();
    expect(kept()).toEqual([["Forløb", "C3", themeFill]]);
    expect(book.cell("Forløb", "C3")!.fill).toBe("#FFC7CE");
    expect(book.sheet("Målopfyldelse")).toBeUndefined();
  });

  test("a part another add-in keeps is left alone", async () => {
    const book = sample();
    book.addCustomXmlPart('<r xmlns="urn:someone-else"><x/></r>');
    const port = make(book);
    await port.apply(statusPlan());
    await port.clean();
    expect(book.customXmlParts.map((p) => p.namespaceUri)).toEqual(["urn:someone-else"]);
  });

  test("fills go both ways: a colour as the writer's fill, the writer's solid fill as a colour", () => {
    expect(colorOfFill(fillOfColor("#00b0f0"))).toBe("#00B0F0");
    expect(fillOfColor(null)).toBe("");
    expect(fillOfColor("#FFFFFF")).toBe(""); // Excel reports no fill as white
    expect(colorOfFill("")).toBeNull();
    expect(colorOfFill('<fill><patternFill patternType="none"/></fill>')).toBeNull();
    // a theme colour or a pattern cannot be set again from Office: not restorable
    expect(colorOfFill('<fill><patternFill patternType="solid"><fgColor theme="4"/></patternFill></fill>')).toBe(
      undefined,
    );
    expect(colorOfFill(null)).toBe(undefined);
  });

  test("the adapter's view survives the trip through the record", () => {
    const owned = {
      v: 2 as const,
      sheets: [{ name: "Målopfyldelse", cells: "A1:A3", fp: "AQAAAAIAAAADAAAA", created: true }],
      columns: [
        {
          sheet: "Data",
          table: null,
          header: "Kontrol",
          column: 2,
          headerRow: 0,
          rows: 2,
          cells: "C1 C3",
          fp: "AQAAAAIAAAA=",
        },
      ],
      highlights: [{ sheet: "Data", color: "#FFEB9C", original: "#00B0F0", ranges: ["B2:B4", "D7"] }],
    };
    expect(ownedOfRecord(recordOfOwned(owned))).toEqual(owned);
  });
});

// The test reads a result before its sync on purpose; a ClientResult and a path load need no `load` of their own.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
describe("the fake Excel's customXmlParts behave as Excel's", () => {
  test("add refuses XML that does not parse (at sync); getXml is there after the sync; a deleted part is gone", async () => {
    const book = new FakeExcel();
    await book.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.add("<a xmlns='urn:x'><b></a>");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const part = parts.add(`<kt:marks xmlns:kt="${MARKS_NS}"/>`);
      const xml = part.getXml();
      expect(() => xml.value).toThrow(FakeOfficeError);
      await context.sync();
      expect(xml.value).toBe(`<kt:marks xmlns:kt="${MARKS_NS}"/>`);
      const scoped = parts.getByNamespace(MARKS_NS);
      scoped.load("items/id");
      const other = parts.getByNamespace("urn:x");
      other.load("items/id");
      await context.sync();
      expect(scoped.items.map((p) => p.id)).toEqual([book.customXmlParts[0]!.id]);
      expect(other.items).toEqual([]);
      part.delete();
      await context.sync();
      part.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(book.customXmlParts).toEqual([]);
  });

  test("a part's namespace is its root's, whatever the prefix", () => {
    const book = new FakeExcel();
    expect(book.addCustomXmlPart(`<m:x xmlns:m="${MARKS_NS}"/>`).namespaceUri).toBe(MARKS_NS);
    expect(book.addCustomXmlPart(`<x xmlns="${MARKS_NS}"/>`).namespaceUri).toBe(MARKS_NS);
    expect(book.addCustomXmlPart("<x/>").namespaceUri).toBe("");
  });
});
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
