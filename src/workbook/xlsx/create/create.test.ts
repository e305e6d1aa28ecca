import { createWorkbook, WorkbookSpecError, type NewWorkbookSpec } from ".";
import { isoToSerial } from "../../sheet/dates";
import {
  assertWellFormedPackage,
  elements,
  parseStrict,
  readCells,
  sheetPath,
  text,
  unzip,
} from "../write/helpers.testing";
import { convertWithLibreOffice, skipWithoutLibreOffice } from "../../../../test/writer/libreoffice";

const spec: NewWorkbookSpec = {
  title: "Udfyldningsark",
  sheets: [
    {
      name: "Forløb",
      headerRows: 1,
      columns: [{ width: 14, format: "text" }, { width: 12, format: "date" }, { format: "percent" }, { width: 30 }],
      rows: [
        ["CVR-nummer", "Startdato", "Andel", "Bemærkning"],
        ["12345678", { kind: "date", value: "2025-03-14" }, 0.5, '=HYPERLINK("http://x")'],
        [
          "87654321",
          { kind: "date", value: "2025-04-01" },
          { kind: "formula", formula: "=C2*2", cached: 1 },
          "+45 1234",
        ],
        ["", null, { kind: "value", value: 2.5, format: "decimal" }, "@home & <b> _x0041_ \u0001"],
      ],
      tables: [{ name: "Forloeb", range: "A1:D4" }],
      validations: [
        {
          range: "D2:D4",
          type: "list",
          values: ["drift", "vækst"],
          error: { title: "Segment", text: "Vælg drift eller vækst" },
        },
        { range: "C2:C4", type: "whole", min: 0, max: 10 },
        { range: "B2:B4", type: "date", min: "2000-01-01", max: "2099-12-31" },
      ],
    },
    {
      name: "Målopfyldelse",
      headerRows: 1,
      rows: [
        [{ kind: "value", value: "Mål", format: "header" }, "Tekst"],
        [{ kind: "formula", formula: 'IF(A1="Mål","ja","nej")', cached: "ja" }, true],
      ],
    },
    { name: "Lister", hidden: true, rows: [["drift"], ["vækst"]] },
  ],
  definedNames: [{ name: "Segmenter", formula: "=Lister!$A$1:$A$2" }],
};

describe("createWorkbook", () => {
  const bytes = createWorkbook(spec);
  const parts = unzip(bytes);

  it("produces a well-formed package with content types and relationships for every part", () => {
    assertWellFormedPackage(parts);
    expect([...parts.keys()][0]).toBe("[Content_Types].xml");
  });

  it("is deterministic", () => {
    expect(Buffer.from(createWorkbook(spec)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stores values, dates as serials, formulas with cached values, and formula-like text as text", () => {
    const cells = readCells(parts, "Forløb");
    expect(cells.get("A2")).toMatchObject({ value: "12345678", type: "s" });
    expect(cells.get("B2")?.value).toBe(isoToSerial("2025-03-14"));
    expect(isoToSerial("2025-03-14")).toBe(45730);
    expect(cells.get("C3")).toMatchObject({ formula: "C2*2", value: 1 });
    expect(cells.get("D2")).toMatchObject({ value: '=HYPERLINK("http://x")', type: "s", formula: null });
    expect(cells.get("D3")).toMatchObject({ value: "+45 1234", type: "s", formula: null });
    expect(cells.get("D4")?.value).toBe("@home & <b> _x0041_ \u0001");
    expect(cells.has("A4")).toBe(true); // blank, but carries the column's text format
    const status = readCells(parts, "Målopfyldelse");
    expect(status.get("A2")).toMatchObject({ formula: 'IF(A1="Mål","ja","nej")', value: "ja", type: "str" });
    expect(status.get("B2")).toMatchObject({ value: true, type: "b" });
  });

  it("gives formula-like text a quote prefix, dates dd-mm-yyyy, percent 0%, bold headers", () => {
    const styles = parseStrict(text(parts.get("xl/styles.xml")));
    const xfs = elements(elements(styles, "cellXfs")[0]!, "xf");
    const cells = readCells(parts, "Forløb");
    const xf = (ref: string) => xfs[cells.get(ref)!.style]!;
    expect(xf("D2").getAttribute("quotePrefix")).toBe("1");
    expect(xf("C2").getAttribute("numFmtId")).toBe("9");
    const dateFmt = elements(styles, "numFmt").find(
      (n) => n.getAttribute("numFmtId") === xf("B2").getAttribute("numFmtId"),
    );
    expect(dateFmt?.getAttribute("formatCode")).toBe("dd-mm-yyyy");
    expect(xf("A1").getAttribute("fontId")).toBe("1");
    expect(elements(elements(styles, "font")[1]!, "b")).toHaveLength(1);
  });

  it("writes a table with filter buttons, style and header names, and validations", () => {
    const table = parseStrict(text(parts.get("xl/tables/table1.xml")));
    const root = table.documentElement!;
    expect(root.getAttribute("ref")).toBe("A1:D4");
    expect(elements(table, "autoFilter")[0]?.getAttribute("ref")).toBe("A1:D4");
    expect(elements(table, "tableColumn").map((c) => c.getAttribute("name"))).toEqual([
      "CVR-nummer",
      "Startdato",
      "Andel",
      "Bemærkning",
    ]);
    expect(elements(table, "tableStyleInfo")[0]?.getAttribute("name")).toBe("TableStyleMedium2");
    const sheet = parseStrict(text(parts.get(sheetPath(parts, "Forløb"))));
    const dv = elements(sheet, "dataValidation");
    expect(dv.map((d) => d.getAttribute("type"))).toEqual(["list", "whole", "date"]);
    expect(elements(dv[0]!, "formula1")[0]?.textContent).toBe('"drift,vækst"');
    expect(elements(dv[2]!, "formula2")[0]?.textContent).toBe(String(isoToSerial("2099-12-31")));
    expect(elements(sheet, "pane")[0]?.getAttribute("state")).toBe("frozen");
    expect(elements(sheet, "col").map((c) => c.getAttribute("width"))).toContain("14");
  });

  it("hides sheets, keeps defined names and asks Excel to recalculate on load", () => {
    const wb = parseStrict(text(parts.get("xl/workbook.xml")));
    const sheets = elements(wb, "sheet");
    expect(sheets.map((s) => s.getAttribute("state"))).toEqual([null, null, "hidden"]);
    expect(elements(wb, "definedName")[0]?.textContent).toBe("Lister!$A$1:$A$2");
    expect(elements(wb, "calcPr")[0]?.getAttribute("fullCalcOnLoad")).toBe("1");
  });

  it("rejects specs Excel would repair", () => {
    const bad =
      (s: Partial<NewWorkbookSpec["sheets"][number]>): (() => Uint8Array) =>
      () =>
        createWorkbook({ sheets: [{ name: "A", ...s }] });
    expect(bad({ name: "a/b" })).toThrow(WorkbookSpecError);
    expect(bad({ rows: [["x"]], tables: [{ name: "T", range: "A1:A1" }] })).toThrow(WorkbookSpecError);
    expect(
      bad({
        rows: [
          ["x", "X"],
          [1, 2],
        ],
        tables: [{ name: "T", range: "A1:B2" }],
      }),
    ).toThrow(/duplicate/);
    expect(bad({ rows: [["x"], [1]], tables: [{ name: "A1", range: "A1:A2" }] })).toThrow(/cell reference/);
    expect(bad({ validations: [{ range: "A1", type: "list", values: ["a,b"] }] })).toThrow(WorkbookSpecError);
    expect(() => createWorkbook({ sheets: [{ name: "A", hidden: true }] })).toThrow(/visible/);
  });

  it("opens in LibreOffice with the same values", async () => {
    if (skipWithoutLibreOffice("createWorkbook LibreOffice open")) return;
    const csv = new TextDecoder().decode(
      await convertWithLibreOffice(bytes, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"),
    );
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe("CVR-nummer,Startdato,Andel,Bemærkning");
    expect(lines[1]).toContain('"=HYPERLINK(""http://x"")"');
    expect(lines[2]).toMatch(/^87654321,.*,100%,\+45 1234$/);
  });
});
