/**
 * Round trips over fixtures made by createWorkbook plus hand-added parts, an `x:`-prefixed
 * variant, an .xlsm, and the same workbook saved by LibreOffice: apply a plan, check that untouched
 * parts are byte-identical and everything else survived, apply again (no change), clean (back to
 * the original).
 */
import type { Element } from "@xmldom/xmldom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WritePlan } from "../../port";
import { applyPlanToPackage, cleanPackage, readOwnership } from ".";
import { readPackage, writePackage, type XlsxPackage } from "../zip";
import { libreOfficePackage, macroPackage, prefixedPackage, richPackage } from "./fixtures.testing";
import { assertWellFormedPackage, elements, parseStrict, readCells, sheetPath, unzip } from "./helpers.testing";
import {
  convertWithLibreOffice,
  recalcWithLibreOffice,
  skipWithoutLibreOffice,
} from "../../../../test/writer/libreoffice";
import {
  assertSectionsPrefix,
  assertUntouchedIdentical,
  canonDoc,
  canonEl,
  cellMap,
  partOf,
  sheetFrame,
} from "../../../../test/writer/survival";

const plan: WritePlan = {
  statusSheet: {
    name: "Målopfyldelse",
    rows: [
      ["Mål", "Delmål", "Titel", "Måltal", "Realiseret", "Opfyldelse", "Status", "Bemærkninger"].map((h) => ({
        kind: "value" as const,
        value: h,
        format: "header" as const,
      })),
      [
        { kind: "value", value: "1" },
        { kind: "value", value: null },
        { kind: "value", value: "Timer i alt" },
        { kind: "value", value: 100, format: "number" },
        { kind: "formula", formula: "=SUM(Forloeb[[Timer]])", cached: 74, format: "number" },
        { kind: "formula", formula: "=IF(D2>0,MIN(1,E2/D2),0)", cached: 0.74, format: "percent" },
        { kind: "formula", formula: '=IF(F2>=1,"opfyldt","ikke opfyldt")', cached: "ikke opfyldt" },
        { kind: "value", value: "=1+1 er tekst, ikke en formel" },
      ],
    ],
    chart: { categoriesColumn: 0, valuesColumn: 5, rows: [1] },
  },
  kontrolColumns: [
    {
      sheet: "Forløb",
      table: "Forloeb",
      headerRow: 1,
      column: 4,
      header: "Kontrol",
      values: [
        null,
        "CVR-nummer skal have 8 cifre; over 20 timer uden ledelsesbeslutning",
        null,
        null,
        '=HYPERLINK("x")',
      ],
    },
  ],
  highlights: [
    { sheet: "Forløb", row: 3, column: 0, kind: "error" },
    { sheet: "Forløb", row: 3, column: 2, kind: "warning" },
    { sheet: "Forløb", row: 3, column: 2, kind: "error" },
    { sheet: "Forløb", row: 2, column: 0, kind: "warning" },
    { sheet: "Forløb", row: 7, column: 1, kind: "warning" },
  ],
};

const TABLE = "xl/tables/table1.xml";

const suite = (name: string, load: () => Promise<XlsxPackage | null>, opts: { macro?: boolean } = {}): void => {
  describe(name, () => {
    let before: XlsxPackage;
    let after: XlsxPackage;
    let skip = false;

    beforeAll(async () => {
      const p = await load();
      if (!p) {
        skip = true;
        return;
      }
      before = p;
      after = applyPlanToPackage(before, plan).pkg;
    });

    const sheetOf = (pkg: XlsxPackage): string => sheetPath(pkg.entries, "Forløb");
    const tableOf = (pkg: XlsxPackage): string => pkg.order.find((n) => /^xl\/tables\/.*\.xml$/.test(n)) ?? TABLE;

    it("changes only the parts it must; all others are byte-identical", () => {
      if (skip) return;
      const changed = assertUntouchedIdentical(before, after, [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        sheetOf(before),
        tableOf(before),
      ]);
      expect(changed.sort()).toEqual(
        [
          "[Content_Types].xml",
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/styles.xml",
          sheetOf(before),
          tableOf(before),
        ].sort(),
      );
      assertWellFormedPackage(after.entries);
      if (opts.macro) {
        expect(after.entries.get("xl/vbaProject.bin")).toBe(before.entries.get("xl/vbaProject.bin"));
        expect(partOf(after, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
      }
    });

    it("keeps comments, validation, conditional formats, extLst and every untouched cell of the table sheet", () => {
      if (skip) return;
      const a = partOf(before, sheetOf(before));
      const b = partOf(after, sheetOf(after));
      expect(sheetFrame(b)).toEqual(sheetFrame(a));
      const ca = cellMap(a);
      const cb = cellMap(b);
      const targeted = new Set(["A3", "C3", "A2", "B7", "E1", "E2", "E3", "E4", "E5", "E6"]);
      for (const [ref, xml] of ca) if (!targeted.has(ref)) expect([ref, cb.get(ref)]).toEqual([ref, xml]);
      const cells = readCells(after.entries, "Forløb");
      expect(cells.get("E1")?.value).toBe("Kontrol");
      expect(cells.get("E3")?.value).toBe("CVR-nummer skal have 8 cifre; over 20 timer uden ledelsesbeslutning");
      expect(cells.get("E6")).toMatchObject({ value: '=HYPERLINK("x")', formula: null });
      expect(cells.has("E2")).toBe(false);
      expect(cells.get("A9")?.formula).toBe("SUM(Forloeb[[Timer]])");
    });

    it("adds the Kontrol column to the table, keeping filter buttons, style and column ids", () => {
      if (skip) return;
      const ta = parseStrict(partOf(before, tableOf(before))).documentElement!;
      const tb = parseStrict(partOf(after, tableOf(after))).documentElement!;
      expect(tb.getAttribute("ref")).toBe("A1:E6");
      expect(elements(tb, "autoFilter")[0]?.getAttribute("ref")).toBe("A1:E6");
      const colsA = elements(ta, "tableColumn").map(canonEl);
      const colsB = elements(tb, "tableColumn");
      expect(colsB.slice(0, colsA.length).map(canonEl)).toEqual(colsA);
      expect(colsB.map((c) => c.getAttribute("name")).pop()).toBe("Kontrol");
      for (const k of ["tableStyleInfo", "extLst"])
        expect(elements(tb, k).map(canonEl)).toEqual(elements(ta, k).map(canonEl));
    });

    it("highlights cells with a clone of their own style, leaving existing styles in place", () => {
      if (skip) return;
      assertSectionsPrefix(partOf(before, "xl/styles.xml"), partOf(after, "xl/styles.xml"));
      const styles = parseStrict(partOf(after, "xl/styles.xml"));
      const xfs = elements(elements(styles, "cellXfs")[0]!, "xf");
      const fills = elements(elements(styles, "fills")[0]!, "fill");
      const rgb = (xf: Element) =>
        elements(fills[Number(xf.getAttribute("fillId"))]!, "fgColor")[0]?.getAttribute("rgb");
      const b = readCells(before.entries, "Forløb");
      const a = readCells(after.entries, "Forløb");
      expect(rgb(xfs[a.get("A3")!.style]!)).toBe("FFFFC7CE");
      expect(rgb(xfs[a.get("C3")!.style]!)).toBe("FFFFC7CE"); // error wins over warning
      expect(rgb(xfs[a.get("A2")!.style]!)).toBe("FFFFEB9C");
      // the styled cell keeps its border; the date cell keeps its number format
      const beforeXfs = elements(elements(parseStrict(partOf(before, "xl/styles.xml")), "cellXfs")[0]!, "xf");
      expect(xfs[a.get("A2")!.style]!.getAttribute("borderId")).toBe(
        beforeXfs[b.get("A2")!.style]!.getAttribute("borderId"),
      );
      // B7 did not exist: the new cell takes column B's date format, plus the fill
      const colB = elements(parseStrict(partOf(before, sheetOf(before))), "col").find(
        (c) => Number(c.getAttribute("min")) <= 2 && Number(c.getAttribute("max")) >= 2,
      );
      const colXf = beforeXfs[Number(colB?.getAttribute("style") ?? 0)]!;
      expect(colXf.getAttribute("numFmtId")).not.toBe("0");
      expect(xfs[a.get("B7")!.style]?.getAttribute("numFmtId")).toBe(colXf.getAttribute("numFmtId"));
      expect(a.get("A3")!.value).toBe(b.get("A3")!.value);
    });

    it("adds the status sheet with live formulas (no '='), escaped, cached values, text never a formula", () => {
      if (skip) return;
      const wb = parseStrict(partOf(after, "xl/workbook.xml"));
      const wbBefore = parseStrict(partOf(before, "xl/workbook.xml"));
      expect(elements(wb, "definedName").map(canonEl)).toEqual(elements(wbBefore, "definedName").map(canonEl));
      expect(elements(wb, "sheet").map((s) => s.getAttribute("name"))).toEqual([
        ...elements(wbBefore, "sheet").map((s) => s.getAttribute("name")),
        "Målopfyldelse",
      ]);
      // no recalculation on load added: our cached values are right, and a file that
      // recalculates on load runs whatever its formulas say the moment it is opened
      const calcBefore = elements(parseStrict(partOf(before, "xl/workbook.xml")), "calcPr")[0];
      expect(elements(wb, "calcPr")[0]?.getAttribute("fullCalcOnLoad") ?? null).toBe(
        calcBefore?.getAttribute("fullCalcOnLoad") ?? null,
      );
      assertSectionsPrefix(partOf(before, "xl/workbook.xml"), partOf(after, "xl/workbook.xml"), ["sheets"]);
      const xml = partOf(after, sheetPath(after.entries, "Målopfyldelse"));
      expect(xml).toContain("<f>IF(F2&gt;=1,&quot;opfyldt&quot;,&quot;ikke opfyldt&quot;)</f>".replace(/&quot;/g, '"'));
      const s = readCells(after.entries, "Målopfyldelse");
      expect(s.get("E2")).toMatchObject({ formula: "SUM(Forloeb[[Timer]])", value: 74 });
      expect(s.get("G2")).toMatchObject({ type: "str", value: "ikke opfyldt" });
      expect(s.get("H2")).toMatchObject({ type: "inlineStr", formula: null, value: "=1+1 er tekst, ikke en formel" });
      expect(s.has("B2")).toBe(false);
    });

    it("records what it owns", () => {
      if (skip) return;
      const o = readOwnership(after);
      expect(o.sheets.map((x) => [x.name, x.created])).toEqual([["Målopfyldelse", true]]);
      expect(o.columns).toHaveLength(1);
      expect(o.highlights.map((h) => h.ref).sort()).toEqual(["A2", "A3", "B7", "C3"]);
      expect(o.charts.map((c) => [c.drawing, c.chart])).toEqual([["xl/drawings/drawing1.xml", "xl/charts/chart1.xml"]]);
      expect(readOwnership(before)).toEqual({
        sheets: [],
        columns: [],
        highlights: [],
        charts: [],
        calcOnLoadAdded: false,
      });
    });

    it("is idempotent: applying the same plan again changes nothing", () => {
      if (skip) return;
      const twice = applyPlanToPackage(after, plan).pkg;
      expect(twice.order).toEqual(after.order);
      for (const n of after.order) expect([n, partOf(twice, n)]).toEqual([n, partOf(after, n)]);
      expect(Buffer.from(writePackage(twice)).equals(Buffer.from(writePackage(after)))).toBe(true);
    });

    it("clean returns the workbook to its original content", () => {
      if (skip) return;
      const { pkg: cleaned, report } = cleanPackage(after);
      expect(report).toEqual({ sheetsRemoved: ["Målopfyldelse"], columnsRemoved: 1, highlightsRemoved: 4 });
      expect([...cleaned.order].sort()).toEqual([...before.order].sort());
      assertUntouchedIdentical(before, cleaned, [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        sheetOf(before),
        tableOf(before),
      ]);
      for (const n of [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        sheetOf(before),
        tableOf(before),
      ])
        expect([n, canonDoc(partOf(cleaned, n))]).toEqual([n, canonDoc(partOf(before, n))]);
      assertSectionsPrefix(partOf(before, "xl/styles.xml"), partOf(cleaned, "xl/styles.xml"));
      // a second clean finds nothing of ours
      expect(cleanPackage(cleaned).pkg).toBe(cleaned);
    });

    it("survives the zip layer and opens in LibreOffice, which computes the same figures", async () => {
      if (skip || skipWithoutLibreOffice(`${name}: LibreOffice open`)) return;
      const bytes = writePackage(after);
      expect(readPackage(bytes).order).toEqual(after.order);
      const recalculated = unzip(await recalcWithLibreOffice(bytes));
      const s = readCells(recalculated, "Målopfyldelse");
      expect(s.get("E2")?.value).toBe(74);
      expect(s.get("F2")?.value).toBeCloseTo(0.74);
      expect(s.get("G2")?.value).toBe("ikke opfyldt");
      expect(s.get("H2")?.value).toBe("=1+1 er tekst, ikke en formel");
      const t = readCells(recalculated, "Forløb");
      expect(t.get("E3")?.value).toContain("8 cifre");
      expect(t.get("E6")?.value).toBe('=HYPERLINK("x")');
      const csv = new TextDecoder().decode(
        await convertWithLibreOffice(bytes, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"),
      );
      expect(csv.split(/\r?\n/)[0]).toBe("CVR-nummer,Startdato,Timer,Kundesegment,Kontrol");
    });
  });
};

suite("createWorkbook + hand-added parts", async () => richPackage());
suite("sheet with an x: namespace prefix", async () => prefixedPackage());
suite(".xlsm with macros", async () => macroPackage(), { macro: true });
suite("saved by LibreOffice 7.4 (committed fixture)", async () =>
  readPackage(
    new Uint8Array(readFileSync(join(__dirname, "../../../../test/fixtures/writer/libreoffice-7.4-saved.xlsx"))),
  ),
);
suite("saved by the installed LibreOffice", async () => {
  if (skipWithoutLibreOffice("LibreOffice-saved fixture")) return null;
  return libreOfficePackage();
});
