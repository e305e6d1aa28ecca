/**
 * Ownership that cannot point at the wrong thing (issue 11): whatever happened to the file since
 * the write — sheet ids renumbered in tab order (what LibreOffice does on save), tabs moved, our
 * sheet renamed, the user typing into what we wrote — `clean` and a re-write touch only cells that
 * still hold what Kontrakttjek wrote, and say what they left.
 */
import type { WritePlan } from "../../port";
import { buildWorkbookParts } from "../create";
import { applyPlanToPackage, cleanPackage, readOwnership } from ".";
import type { XlsxPackage } from "../zip";
import { readCells, sheetPath } from "./helpers.testing";
import { partOf } from "../../../../test/writer/survival";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const withPart = (pkg: XlsxPackage, name: string, edit: (xml: string) => string): XlsxPackage => {
  const entries = new Map(pkg.entries);
  entries.set(name, enc(edit(partOf(pkg, name))));
  return { entries, order: pkg.order };
};

/** The user's workbook: their data sheet "Noter" first, the course list "Forløb" second. */
const userWorkbook = (): XlsxPackage =>
  buildWorkbookParts({
    sheets: [
      {
        name: "Noter",
        rows: [
          ["Emne", "Tekst"],
          ["Budget", "godkendt"],
          ["Møde", "12. marts"],
        ],
      },
      {
        name: "Forløb",
        rows: [
          ["CVR-nummer", "Timer"],
          ["12345678", 4],
          ["1234", 25],
          ["87654321", 2],
        ],
      },
    ],
  });

const plan: WritePlan = {
  statusSheet: {
    name: "Målopfyldelse",
    rows: [
      [
        { kind: "value", value: "Mål", format: "header" },
        { kind: "value", value: "Opfyldelse", format: "header" },
      ],
      [
        { kind: "value", value: "1" },
        { kind: "formula", formula: "=MIN(1,3/4)", cached: 0.75, format: "percent" },
      ],
      [
        { kind: "value", value: "2" },
        { kind: "value", value: 0.5, format: "percent" },
      ],
    ],
  },
  kontrolColumns: [
    {
      sheet: "Forløb",
      table: null,
      headerRow: 1,
      column: 2,
      header: "Kontrol",
      values: [null, "CVR-nummer skal have 8 cifre", null],
    },
  ],
  highlights: [{ sheet: "Forløb", row: 3, column: 0, kind: "error" }],
};

/** What each sheet holds, as values by address (the user's view of the workbook). */
const cellsOf = (pkg: XlsxPackage, sheet: string): Record<string, unknown> =>
  Object.fromEntries([...readCells(pkg.entries, sheet)].map(([a, c]) => [a, c.formula ?? c.value]));

/** `<sheets>` rewritten: ids renumbered 1..n in tab order, as LibreOffice saves them. */
const renumberSheetIds = (pkg: XlsxPackage): XlsxPackage => {
  let n = 0;
  return withPart(pkg, "xl/workbook.xml", (xml) => xml.replace(/sheetId="\d+"/g, () => `sheetId="${++n}"`));
};

/** Moves the last tab first (the user drags the report to the front). */
const lastTabFirst = (pkg: XlsxPackage): XlsxPackage =>
  withPart(pkg, "xl/workbook.xml", (xml) =>
    xml.replace(/<sheets>(.*)<\/sheets>/, (_m, inner: string) => {
      const tabs = inner.match(/<sheet [^>]*\/>/g) ?? [];
      return `<sheets>${[tabs.at(-1), ...tabs.slice(0, -1)].join("")}</sheets>`;
    }),
  );

const typeInto = (pkg: XlsxPackage, sheet: string, ref: string, text: string): XlsxPackage =>
  withPart(pkg, sheetPath(pkg.entries, sheet), (xml) => {
    const cell = `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const existing = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
    if (existing.test(xml)) return xml.replace(existing, cell);
    const row = Number(/\d+/.exec(ref)?.[0]);
    return xml.replace(
      new RegExp(`(<row r="${row}"[^>]*>)(.*?)(</row>)`),
      (_m, a: string, b: string, c: string) => `${a}${b}${cell}${c}`,
    );
  });

describe("sheets are ours by name and content, never by position", () => {
  it("after ids renumbered in tab order and the report moved first, clean removes only ours", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const resaved = renumberSheetIds(lastTabFirst(written));
    // the record's sheetId of "Målopfyldelse" now belongs to another sheet: it must not matter
    const { pkg, report } = cleanPackage(resaved);
    expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
    expect(report.kept).toBeUndefined();
    expect(cellsOf(pkg, "Noter")).toEqual(cellsOf(userWorkbook(), "Noter"));
    expect(cellsOf(pkg, "Forløb")).toEqual(cellsOf(userWorkbook(), "Forløb"));
  });

  it("a re-write after the renumbering writes over its own report, not the user's sheet", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const again = applyPlanToPackage(renumberSheetIds(lastTabFirst(written)), plan).pkg;
    expect(cellsOf(again, "Noter")).toEqual(cellsOf(userWorkbook(), "Noter"));
    expect(cellsOf(again, "Målopfyldelse")).toEqual(cellsOf(written, "Målopfyldelse"));
    expect(cellsOf(cleanPackage(again).pkg, "Noter")).toEqual(cellsOf(userWorkbook(), "Noter"));
  });

  it("finds its report again when the user renamed it (every cell still as written)", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const renamed = withPart(written, "xl/workbook.xml", (xml) => xml.replace('name="Målopfyldelse"', 'name="Status"'));
    const { pkg, report } = cleanPackage(renumberSheetIds(renamed));
    expect(report.sheetsRemoved).toEqual(["Status"]);
    expect(readOwnership(pkg).sheets).toEqual([]);
    expect(cellsOf(pkg, "Noter")).toEqual(cellsOf(userWorkbook(), "Noter"));
  });

  it("a renamed report the user also edited is theirs: left, and said so", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const renamed = withPart(written, "xl/workbook.xml", (xml) => xml.replace('name="Målopfyldelse"', 'name="Status"'));
    const edited = typeInto(renamed, "Status", "A3", "vores mål 2");
    const { pkg, report } = cleanPackage(edited);
    expect(report.sheetsRemoved).toEqual([]);
    expect(report.kept).toEqual([{ reason: "missing", sheet: "Målopfyldelse", cells: [], count: 0 }]);
    expect(cellsOf(pkg, "Status")).toEqual(cellsOf(edited, "Status"));
  });
});

describe("a cell is ours only while it holds what was written", () => {
  it("clean keeps a cell of the report the user typed over, removes the rest, and lists what it kept", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const edited = typeInto(written, "Målopfyldelse", "B3", "afventer tal");
    const { pkg, report } = cleanPackage(edited);
    expect(report.sheetsRemoved).toEqual([]);
    expect(report.kept).toEqual([{ reason: "changed", sheet: "Målopfyldelse", cells: ["B3"], count: 1 }]);
    expect(cellsOf(pkg, "Målopfyldelse")).toEqual({ B3: "afventer tal" });
  });

  it("clean keeps the user's words in the Kontrol column and removes the rest of it", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const edited = typeInto(written, "Forløb", "C3", "rettet i CRM");
    const { pkg, report } = cleanPackage(edited);
    expect(report.kept).toEqual([{ reason: "changed", sheet: "Forløb", cells: ["C3"], count: 1 }]);
    expect(cellsOf(pkg, "Forløb")).toEqual({ ...cellsOf(userWorkbook(), "Forløb"), C3: "rettet i CRM" });
  });

  it("a re-write stops at the user's words in its old Kontrol column; force writes beside them", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const edited = typeInto(written, "Forløb", "C3", "rettet i CRM");
    expect(() => applyPlanToPackage(edited, plan)).toThrow(expect.objectContaining({ sheet: "Forløb", address: "C3" }));
    const { pkg, report } = applyPlanToPackage(edited, plan, { force: true });
    expect(report.moved).toEqual([{ kind: "column", sheet: "Forløb", header: "Kontrol 2", from: 2, to: 3 }]);
    const cells = cellsOf(pkg, "Forløb");
    expect(cells.C3).toBe("rettet i CRM");
    expect(cells.D1).toBe("Kontrol 2");
    expect(cells.D3).toBe("CVR-nummer skal have 8 cifre");
    // clean takes both columns of ours, and leaves the user's words
    const cleaned = cleanPackage(pkg).pkg;
    expect(cellsOf(cleaned, "Forløb")).toEqual({ ...cellsOf(userWorkbook(), "Forløb"), C3: "rettet i CRM" });
  });

  it("rows inserted above a plain range: the Kontrol column is found where it went", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    // two rows inserted above: every row of the sheet moves down by 2
    const shifted = withPart(written, sheetPath(written.entries, "Forløb"), (xml) =>
      xml
        .replace(/<row r="(\d+)"/g, (_m, r: string) => `<row r="${Number(r) + 2}"`)
        .replace(/<c r="([A-Z]+)(\d+)"/g, (_m, c: string, r: string) => `<c r="${c}${Number(r) + 2}"`)
        .replace(/<dimension ref="[^"]*"\/>/, ""),
    );
    const { pkg, report } = cleanPackage(shifted);
    expect(report.columnsRemoved).toBe(1);
    expect(report.highlightsRemoved).toBe(1);
    expect(Object.keys(cellsOf(pkg, "Forløb")).sort()).toEqual(["A3", "A4", "A5", "A6", "B3", "B4", "B5", "B6"]);
  });
});

describe("the record still read from earlier versions", () => {
  it("a version-1 record (sheet ids only for highlights) is cleaned by name", () => {
    const written = applyPlanToPackage(userWorkbook(), plan).pkg;
    const item = [...written.entries.keys()].find((n) => /customXml\/item\d+\.xml$/.test(n)) as string;
    // what version 1 wrote: no names on highlights, no fingerprints, no header
    const v1 = withPart(written, item, (xml) =>
      xml
        .replace('version="2"', 'version="1"')
        .replace(/ fp="[^"]*"/g, "")
        .replace(/ header="[^"]*"/g, "")
        .replace(/(<kt:highlights) sheet="[^"]*"/g, "$1")
        .replace(/ fill="[^"]*"/g, ""),
    );
    const { pkg, report } = cleanPackage(v1);
    expect(report).toEqual({ sheetsRemoved: ["Målopfyldelse"], columnsRemoved: 1, highlightsRemoved: 1 });
    expect(cellsOf(pkg, "Forløb")).toEqual(cellsOf(userWorkbook(), "Forløb"));
  });
});

describe("parts clean leaves as they were", () => {
  it("calcChain keeps the user's formulas and loses only ours; an empty definedNames stays", () => {
    const base = withPart(userWorkbook(), "xl/workbook.xml", (xml) =>
      xml.replace("</sheets>", "</sheets><definedNames/>"),
    );
    const written = applyPlanToPackage(base, plan).pkg;
    // Excel saved it: a calcChain listing the user's formula and ours (sheet ids 1..3)
    const ourId = /name="Målopfyldelse" sheetId="(\d+)"/.exec(partOf(written, "xl/workbook.xml"))?.[1];
    const entries = new Map(written.entries);
    entries.set(
      "xl/calcChain.xml",
      enc(
        `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="${ourId}"/><c r="C9" i="1"/></calcChain>`,
      ),
    );
    const withChain = withPart(
      withPart({ entries, order: [...written.order, "xl/calcChain.xml"] }, "xl/_rels/workbook.xml.rels", (x) =>
        x.replace(
          "</Relationships>",
          '<Relationship Id="rIdCc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      ),
      "[Content_Types].xml",
      (x) =>
        x.replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
    );
    const { pkg } = cleanPackage(withChain);
    expect(partOf(pkg, "xl/calcChain.xml")).toContain('<c r="C9" i="1"/>');
    expect(partOf(pkg, "xl/calcChain.xml")).not.toContain('r="B2"');
    expect(partOf(pkg, "xl/workbook.xml")).toContain("<definedNames/>");
  });
});
