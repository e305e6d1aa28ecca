import { strFromU8, strToU8, zipSync } from "fflate";
import { UNCALCULATED_FORMULA } from "../../../domain/model";
import { XlsxFileError, XlsxWorkbook, type XlsxReadResult } from "..";
import { readPackage, writePackage } from "../zip";
import { buildXlsx, STYLE, type FixtureSpec } from "../../fixture.testing";

const open = (spec: FixtureSpec): XlsxWorkbook => XlsxWorkbook.open(buildXlsx(spec));

const raw = (rawSheetData: string, extra: Partial<FixtureSpec> = {}): XlsxWorkbook =>
  open({ sheets: [{ name: "Ark1", rawSheetData }], ...extra });

/** Reads every listed source's columns on the first sheet. */
const readAll = async (wb: XlsxWorkbook): Promise<XlsxReadResult> => {
  const [source] = await wb.listSources();
  if (!source) throw new Error("no source");
  return wb.readColumns(
    source,
    source.headers.map((_, i) => i),
  );
};

describe("XlsxWorkbook cells", () => {
  it("reads inline strings, rich text runs and shared rich text, without phonetic runs", async () => {
    const wb = raw(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="B1" t="inlineStr"><is><t>Note</t></is></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Alfa </t></r><r><t>ApS</t></r><rPh><t>xx</t></rPh></is></c>` +
        `<c r="B2" t="s"><v>2</v></c></row>`,
      {
        extraSharedStrings: [
          "<si><t>unused</t></si>",
          "<si><t>unused</t></si>",
          `<si><r><t>Linje 1_x000D_</t></r><r><rPr><i/></rPr><t xml:space="preserve">
og 2</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>`,
        ],
      },
    );
    const res = await readAll(wb);
    expect(res.columns).toEqual([["Alfa ApS"], ["Linje 1\r\nog 2"]]);
  });

  it("reads booleans, errors, ISO dates, formulas with and without cached values", async () => {
    const wb = raw(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row>` +
        `<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>` +
        `<row r="3"><c r="A3" t="d"><v>2025-01-01T12:00:00</v></c><c r="B3"><f>1/0</f></c></row>` +
        `<row r="4"><c r="A4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B4"><f t="shared" si="0"/><v>7</v></c></row>` +
        `<row r="5"><c r="A5" t="str"><f>""</f><v></v></c><c r="B5" s="0"/></row>` +
        `<row r="6"><c r="A6" t="e"><f>NA()</f><v>#N/A</v></c><c r="B6" t="s"><v>999</v></c></row>`,
    );
    const res = await readAll(wb);
    expect(res.columns).toEqual([
      [true, 45658.5, "xy", null, { error: "#N/A" }],
      [{ error: "#DIV/0!" }, { error: UNCALCULATED_FORMULA }, 7, null, null],
    ]);
  });

  it("computes the used range from the cells, not the dimension tag, and handles missing r attributes", async () => {
    const wb = raw(
      `<row><c t="inlineStr"><is><t>CVR-nummer</t></is></c><c t="inlineStr"><is><t>Timer</t></is></c></row>` +
        `<row><c><v>1</v></c><c><v>2</v></c></row>` +
        `<row r="9"><c r="B9"><v>3</v></c></row>`,
    );
    const [source] = await wb.listSources();
    expect(source).toMatchObject({ headerRow: 1, firstColumn: 0, headers: ["CVR-nummer", "Timer"], rowCount: 8 });
    const res = await wb.readColumns(source!, [1]);
    expect(res.columns[0]).toEqual([2, null, null, null, null, null, null, 3]);
  });

  it("reads prefixed (x:) SpreadsheetML", async () => {
    const bytes = buildXlsx({ sheets: [{ name: "Ark1", rows: [["a"], [1]] }], inlineStrings: true });
    const pkg = readPackage(bytes);
    const entries = new Map(pkg.entries);
    const sheet = strFromU8(entries.get("xl/worksheets/sheet1.xml")!)
      .replace(/<(\/?)(?!\?)([a-zA-Z]+)/g, "<$1x:$2")
      .replace('xmlns="', 'xmlns:x="');
    entries.set("xl/worksheets/sheet1.xml", strToU8(sheet));
    const wb = XlsxWorkbook.open(writePackage({ entries, order: pkg.order }));
    expect((await readAll(wb)).columns).toEqual([[1]]);
  });

  it("keeps date serials, marks date-formatted columns, and shifts 1904-system dates to 1900 serials", async () => {
    const rows = [
      ["Startdato", "Beløb", "Tid"],
      [45658, 12.5, 0.5],
      [45659, 13, 0.25],
    ];
    const styles = { A2: STYLE.customDate, A3: STYLE.date, C2: STYLE.time, C3: STYLE.time };
    const wb = open({ sheets: [{ name: "Ark1", rows, styles }] });
    const res = await readAll(wb);
    expect(res.columns).toEqual([
      [45658, 45659],
      [12.5, 13],
      [0.5, 0.25],
    ]);
    expect(res.dateColumns).toEqual([true, false, false]);

    const old = open({
      date1904: true,
      sheets: [
        {
          name: "Ark1",
          rows: [
            ["Startdato", "Tal"],
            [45658 - 1462, 5],
          ],
          styles: { A2: STYLE.date },
        },
      ],
    });
    expect(old.info.date1904).toBe(true);
    expect((await readAll(old)).columns).toEqual([[45658], [5]]);
  });

  it("reports hidden rows inside the source", async () => {
    const wb = open({
      sheets: [
        {
          name: "Ark1",
          rows: [
            ["a", "b"],
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          hiddenRows: [3, 4],
        },
      ],
    });
    expect((await readAll(wb)).hiddenRows).toEqual([3, 4]);
  });
});

describe("XlsxWorkbook sources", () => {
  it("lists tables through the sheet rels, with their column names, and plain regions beside them", async () => {
    const wb = open({
      sheets: [
        {
          name: "Data",
          rows: [
            ["CVR-nummer", "", "Timer", null, "Nøgle", "Værdi"],
            ["1", "x", 2, null, "a", 1],
            ["2", "y", 3, null, "b", 2],
          ],
          tables: [{ name: "Forloeb", ref: "A1:C3" }],
        },
      ],
    });
    const sources = await wb.listSources();
    expect(sources).toEqual([
      {
        sheet: "Data",
        table: "Forloeb",
        headerRow: 1,
        firstColumn: 0,
        headers: ["CVR-nummer", "Column2", "Timer"],
        rowCount: 2,
      },
      { sheet: "Data", table: null, headerRow: 1, firstColumn: 4, headers: ["Nøgle", "Værdi"], rowCount: 2 },
    ]);
  });

  it("reads tables without a header row and with a totals row", async () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: "T",
          rows: [
            ["a", "b"],
            [1, 2],
            [3, 4],
            ["I alt", 6],
          ],
          tables: [{ name: "Tab", ref: "A1:B4" }],
        },
      ],
    });
    const pkg = readPackage(bytes);
    const entries = new Map(pkg.entries);
    const t = strFromU8(entries.get("xl/tables/table1.xml")!).replace('totalsRowShown="0"', 'totalsRowCount="1"');
    entries.set("xl/tables/table1.xml", strToU8(t));
    const wb = XlsxWorkbook.open(writePackage({ entries, order: pkg.order }));
    const [source] = await wb.listSources();
    expect(source).toMatchObject({ table: "Tab", headerRow: 1, rowCount: 2 });

    entries.set(
      "xl/tables/table1.xml",
      strToU8(t.replace('totalsRowCount="1"', 'headerRowCount="0"').replace('ref="A1:B4"', 'ref="A2:B3"')),
    );
    const noHeader = XlsxWorkbook.open(writePackage({ entries, order: pkg.order }));
    const [s2] = await noHeader.listSources();
    expect(s2).toMatchObject({ table: "Tab", headerRow: 1, headers: ["a", "b"], rowCount: 2 });
    expect((await noHeader.readColumns(s2!, [0])).columns[0]).toEqual([1, 3]);
  });

  it("reports merged cells over a source, and the value sits in the top-left cell only", async () => {
    const wb = open({
      sheets: [
        {
          name: "M",
          rows: [
            ["Kunde", null, "Timer"],
            ["CVR", "Navn", "Timer"],
            ["1", "A", 2],
          ],
          merges: ["A1:B1"],
        },
      ],
    });
    const [source] = await wb.listSources();
    expect(source).toMatchObject({ headerRow: 1, headers: ["Kunde", "", "Timer"], mergedRanges: ["A1:B1"] });
  });

  it("knows sheet states, veryHidden included, and skips chart sheets", async () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: "Synlig",
          rows: [
            ["a", "b"],
            [1, 2],
          ],
        },
        {
          name: "Meget skjult",
          hidden: "veryHidden",
          rows: [
            ["a", "b"],
            [1, 2],
          ],
        },
      ],
    });
    const pkg = readPackage(bytes);
    const entries = new Map(pkg.entries);
    const wbXml = strFromU8(entries.get("xl/workbook.xml")!).replace(
      "</sheets>",
      '<sheet name="Diagram" sheetId="9" r:id="rId99"/></sheets><definedNames><definedName name="Liste" localSheetId="0">Synlig!$A$1:$A$2</definedName></definedNames>',
    );
    entries.set("xl/workbook.xml", strToU8(wbXml));
    const rels = strFromU8(entries.get("xl/_rels/workbook.xml.rels")!).replace(
      "</Relationships>",
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    entries.set("xl/_rels/workbook.xml.rels", strToU8(rels));
    const wb = XlsxWorkbook.open(writePackage({ entries, order: pkg.order }));
    expect(wb.info.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Synlig", "visible"],
      ["Meget skjult", "veryHidden"],
    ]);
    expect(wb.info.definedNames).toEqual([
      { name: "Liste", formula: "Synlig!$A$1:$A$2", localSheetId: 0, hidden: false },
    ]);
    const sources = await wb.listSources();
    expect(sources.map((s) => [s.sheet, s.sheetHidden ?? false])).toEqual([
      ["Synlig", false],
      ["Meget skjult", true],
    ]);
  });

  it("reads a source's rows only, stopping after its last row", async () => {
    const rows: (string | number)[][] = [["Nr", "Tekst"]];
    for (let i = 1; i <= 500; i++) rows.push([i, `r${i}`]);
    const wb = open({ sheets: [{ name: "A", rows }] });
    const [source] = await wb.listSources();
    const top = { ...source!, rowCount: 3 };
    expect((await wb.readColumns(top, [0, 1])).columns).toEqual([
      [1, 2, 3],
      ["r1", "r2", "r3"],
    ]);
  });
});

describe("XlsxWorkbook settings and bytes", () => {
  const spec: FixtureSpec = {
    sheets: [
      {
        name: "A",
        rows: [
          ["a", "b"],
          [1, 2],
        ],
      },
    ],
  };

  it("gives back the very same bytes when nothing changed", () => {
    const bytes = buildXlsx(spec);
    expect(XlsxWorkbook.open(bytes).toBytes()).toBe(bytes);
  });

  it("stores settings in a custom XML part that survives saving and reopening", async () => {
    const wb = XlsxWorkbook.open(buildXlsx(spec));
    const json = JSON.stringify({ binding: { version: 1 }, text: "æøå <> & \u0001" });
    await wb.saveSettings(json);
    const again = XlsxWorkbook.open(wb.toBytes());
    expect(await again.loadSettings()).toBe(json);
    const pkg = readPackage(wb.toBytes());
    expect(pkg.entries.has("customXml/kontrakttjek.xml")).toBe(true);
    expect(strFromU8(pkg.entries.get("xl/_rels/workbook.xml.rels")!)).toContain("../customXml/kontrakttjek.xml");
    expect(strFromU8(pkg.entries.get("[Content_Types].xml")!)).toContain("/customXml/kontrakttjekProps.xml");
    // a second save replaces the part instead of adding one
    await again.saveSettings("{}");
    const names = [...readPackage(again.toBytes()).entries.keys()].filter((n) => n.startsWith("customXml/"));
    expect(names.sort()).toEqual([
      "customXml/_rels/kontrakttjek.xml.rels",
      "customXml/kontrakttjek.xml",
      "customXml/kontrakttjekProps.xml",
    ]);
    expect(await XlsxWorkbook.open(again.toBytes()).loadSettings()).toBe("{}");
    expect(await again.listSources()).toEqual(await XlsxWorkbook.open(buildXlsx(spec)).listSources());
  });

  it("finds the part by namespace after Excel renamed it, and reads the task pane's copy first", async () => {
    const pkg = readPackage(buildXlsx({ ...spec, settings: '{"from":"cli"}' }));
    const entries = new Map<string, Uint8Array>();
    for (const [n, b] of pkg.entries) entries.set(n === "customXml/kontrakttjek.xml" ? "customXml/item1.xml" : n, b);
    const order = pkg.order.map((n) => (n === "customXml/kontrakttjek.xml" ? "customXml/item1.xml" : n));
    const renamed = XlsxWorkbook.open(writePackage({ entries, order }));
    expect(await renamed.loadSettings()).toBe('{"from":"cli"}');

    const webext =
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}">` +
      `<we:properties><we:property name="Kontrakttjek.settings" value="&quot;{\\&quot;from\\&quot;:\\&quot;addin\\&quot;}&quot;"/></we:properties></we:webextension>`;
    entries.set("xl/webextensions/webextension1.xml", strToU8(webext));
    const both = XlsxWorkbook.open(writePackage({ entries, order }));
    expect(await both.loadSettings()).toBe('{"from":"addin"}');
    await both.saveSettings('{"from":"cli again"}');
    expect(await XlsxWorkbook.open(both.toBytes()).loadSettings()).toBe('{"from":"cli again"}');
  });
});

describe("XlsxWorkbook failures", () => {
  const reason = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof XlsxFileError) return e.reason;
      throw e;
    }
    return "none";
  };

  it("says a zip without a workbook is not a workbook", () => {
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    expect(reason(() => XlsxWorkbook.open(docx))).toBe("not-xlsx");
  });

  it("reports malformed sheet XML as corrupt when read, naming the part", async () => {
    const wb = raw(`<row r="1"><c r="A1"><v>1</v></row>`);
    await expect(wb.listSources()).rejects.toMatchObject({
      reason: "corrupt",
      params: { part: "xl/worksheets/sheet1.xml" },
    });
  });

  it("opens files from disk", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "kt-"));
    const file = join(dir, "a.xlsx");
    writeFileSync(
      file,
      buildXlsx({
        sheets: [
          {
            name: "A",
            rows: [
              ["x", "y"],
              [1, 2],
            ],
          },
        ],
      }),
    );
    const wb = await XlsxWorkbook.openFile(file);
    expect(wb.sheetNames()).toEqual(["A"]);
  });
});
