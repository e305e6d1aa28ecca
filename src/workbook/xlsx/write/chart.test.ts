/**
 * The status sheet's native chart in a written .xlsx: parts, references and cached values, fresh
 * part names beside a user's own chart, apply twice = once, clean back to the original, and
 * LibreOffice opening and re-saving the file with the chart still pointing at the sheet.
 */
import type { PlanCell, WritePlan } from "../../port";
import { applyPlanToPackage, cleanPackage, readOwnership } from ".";
import { chartPartXml, drawingPartXml } from "./chart";
import { readPackage, writePackage, type XlsxPackage } from "../zip";
import { prefixedPackage, richPackage } from "./fixtures.testing";
import { assertWellFormedPackage, elements, parseStrict, readCells, resolvePath, sheetPath } from "./helpers.testing";
import { convertWithLibreOffice, skipWithoutLibreOffice } from "../../../../test/writer/libreoffice";
import { assertUntouchedIdentical, canonDoc, partOf } from "../../../../test/writer/survival";

jest.setTimeout(120_000);

const HEADERS = ["Mål", "Delmål", "Titel", "Måltal", "Realiseret", "Opfyldelse", "Status", "Bemærkninger"];
const h = (t: string): PlanCell => ({ kind: "value", value: t, format: "header" });
const val = (v: string | number | null): PlanCell => ({ kind: "value", value: v });
const pct = (row: number, cached: number | ""): PlanCell => ({
  kind: "formula",
  formula: `=IF(D${row}>0,MIN(1,E${row}/D${row}),"")`,
  cached,
  format: "percent",
});
const goal = (id: string, title: string, row: number, cached: number | ""): PlanCell[] => [
  val(id),
  val(null),
  val(title),
  val(10),
  val(typeof cached === "number" ? cached * 10 : null),
  pct(row, cached),
  val("status"),
];
const indicator = (id: string, row: number, cached: number): PlanCell[] => [
  val(id),
  val("a"),
  val("delmål"),
  val(10),
  val(cached * 10),
  pct(row, cached),
];

/** Goals in rows 2, 4, 6 (zero-based 1, 3, 5) with an indicator row under each: not contiguous. */
const spread: WritePlan = {
  statusSheet: {
    name: "Målopfyldelse",
    rows: [
      HEADERS.map(h),
      goal("1", "Forløb", 2, 0.5),
      indicator("1", 3, 0.5),
      goal("2", "Tilfredshed", 4, 1),
      indicator("2", 5, 1),
      goal("3", "Mangler data", 6, ""),
      indicator("3", 7, 0),
    ],
    chart: { categoriesColumn: 0, valuesColumn: 5, rows: [1, 3, 5] },
  },
  kontrolColumns: [],
  highlights: [],
};

/** Goals in rows 2–3, next to each other: the chart reads the table's own cells. */
const together: WritePlan = {
  statusSheet: {
    name: "Målopfyldelse",
    rows: [HEADERS.map(h), goal("1", "Forløb", 2, 0.25), goal("2", "Tilfredshed", 3, 0.75)],
    chart: { categoriesColumn: 0, valuesColumn: 5, rows: [1, 2] },
  },
  kontrolColumns: [],
  highlights: [],
};

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const rels = (pkg: XlsxPackage, part: string): { id: string; type: string; target: string }[] => {
  const dir = part.replace(/[^/]*$/, "");
  const name = `${dir}_rels/${part.slice(dir.length)}.rels`;
  if (!pkg.entries.has(name)) return [];
  return elements(parseStrict(partOf(pkg, name)), "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: (r.getAttribute("Type") ?? "").split("/").pop() ?? "",
    target: resolvePath(dir, r.getAttribute("Target") ?? ""),
  }));
};

interface ReadChart {
  readonly drawing: string;
  readonly chart: string;
  readonly xml: string;
  readonly barDir: string | null;
  readonly title: string;
  readonly name: string | null;
  readonly catRef: string;
  readonly valRef: string;
  readonly cats: string[];
  readonly vals: (number | null)[];
}

/** The chart on a sheet, followed through the sheet's `<drawing>` and the relationships. */
const chartOf = (pkg: XlsxPackage, sheet: string): ReadChart => {
  const path = sheetPath(pkg.entries, sheet);
  const doc = parseStrict(partOf(pkg, path));
  const el = elements(doc, "drawing")[0];
  if (!el) throw new Error(`no drawing on ${sheet}`);
  const drawing = rels(pkg, path).find((r) => r.id === el.getAttributeNS(REL_NS, "id"))!.target;
  const frame = elements(parseStrict(partOf(pkg, drawing)), "chart").find((c) => c.namespaceURI === C_NS)!;
  const chart = rels(pkg, drawing).find((r) => r.id === frame.getAttributeNS(REL_NS, "id"))!.target;
  const xml = partOf(pkg, chart);
  const c = parseStrict(xml);
  const ser = elements(c, "ser")[0]!;
  const f = (parent: string): string => elements(elements(ser, parent)[0]!, "f")[0]?.textContent ?? "";
  const points = (parent: string): Map<number, string> =>
    new Map(
      elements(elements(ser, parent)[0]!, "pt").map((p) => [
        Number(p.getAttribute("idx")),
        elements(p, "v")[0]?.textContent ?? "",
      ]),
    );
  const count = Number(elements(elements(ser, "val")[0]!, "ptCount")[0]?.getAttribute("val"));
  const vals = points("val");
  const cats = points("cat");
  return {
    drawing,
    chart,
    xml,
    barDir: elements(c, "barDir")[0]?.getAttribute("val") ?? null,
    title: elements(elements(c, "title")[0]!, "t")
      .map((t) => t.textContent)
      .join(""),
    name: elements(elements(ser, "tx")[0]!, "v")[0]?.textContent ?? null,
    catRef: f("cat"),
    valRef: f("val"),
    cats: Array.from({ length: count }, (_, i) => cats.get(i) ?? ""),
    vals: Array.from({ length: count }, (_, i) => (vals.has(i) ? Number(vals.get(i)) : null)),
  };
};

/** Cells of a column between two rows, as the sheet holds them (a formula's cached value). */
const column = (pkg: XlsxPackage, letter: string, first: number, last: number): (string | number | null)[] => {
  const cells = readCells(pkg.entries, "Målopfyldelse");
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const v = cells.get(`${letter}${first + i}`)?.value ?? null;
    return typeof v === "boolean" ? String(v) : v;
  });
};

describe("the status sheet's chart", () => {
  it("links spread-out goal rows through a block beside the table, with caches equal to the cells", () => {
    const out = applyPlanToPackage(richPackage(), spread).pkg;
    assertWellFormedPackage(out.entries);
    const c = chartOf(out, "Målopfyldelse");
    expect(c.drawing).toBe("xl/drawings/drawing1.xml");
    expect(c.chart).toBe("xl/charts/chart1.xml");
    expect(c.barDir).toBe("bar"); // BarClustered: horizontal bars
    expect(c.title).toBe("Målopfyldelse"); // as the Office adapter titles it: the sheet's name
    expect(c.name).toBe("Opfyldelse");
    // the table is A:H, one empty column, then the links in J:K (as the Office adapter places them)
    expect(c.catRef).toBe("'Målopfyldelse'!$J$2:$J$4");
    expect(c.valRef).toBe("'Målopfyldelse'!$K$2:$K$4");
    const cells = readCells(out.entries, "Målopfyldelse");
    expect(["J1", "K1"].map((r) => cells.get(r)?.value)).toEqual(["Mål", "Opfyldelse"]);
    expect(["J2", "J3", "J4", "K2", "K3", "K4"].map((r) => cells.get(r)?.formula)).toEqual([
      "A2",
      "A4",
      "A6",
      "F2",
      "F4",
      "F6",
    ]);
    expect(c.cats).toEqual(column(out, "J", 2, 4));
    expect(c.cats).toEqual(["1", "2", "3"]);
    expect(c.vals).toEqual([0.5, 1, null]);
    expect(column(out, "K", 2, 3)).toEqual([0.5, 1]);
    // the value axis reads as the cells do: 0–100 %
    expect(c.xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(c.xml).toContain('<c:max val="1"/><c:min val="0"/>');
    // the link cells are ours: clean takes them with the sheet, re-apply rewrites them
    expect(readOwnership(out).sheets[0]?.cells).toContain("J1:J4");
    expect(readOwnership(out).charts).toEqual([
      { sheetId: 3, sheet: "Målopfyldelse", relId: "rId1", drawing: c.drawing, chart: c.chart },
    ]);
    const ct = partOf(out, "[Content_Types].xml");
    expect(ct).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(ct).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  it("charts contiguous goal rows straight from the table, with no link block", () => {
    const out = applyPlanToPackage(richPackage(), together).pkg;
    const c = chartOf(out, "Målopfyldelse");
    expect([c.catRef, c.valRef]).toEqual(["'Målopfyldelse'!$A$2:$A$3", "'Målopfyldelse'!$F$2:$F$3"]);
    expect(c.cats).toEqual(column(out, "A", 2, 3));
    expect(c.vals).toEqual(column(out, "F", 2, 3));
    expect(readCells(out.entries, "Målopfyldelse").has("J1")).toBe(false);
  });

  it.each([
    ["", richPackage],
    ["x:", prefixedPackage],
  ])("puts <%sdrawing> where CT_Worksheet's sequence wants it, before legacyDrawing and tableParts", (prefix, make) => {
    // the user's own sheet of that name, with a comment's VML drawing and a table
    const base = make();
    const forloeb = sheetPath(base.entries, "Forløb");
    const entries = new Map(base.entries);
    const wb = partOf(base, "xl/workbook.xml").replace('name="Forløb"', 'name="Målopfyldelse"');
    entries.set("xl/workbook.xml", new TextEncoder().encode(wb));
    const pkg = { entries, order: base.order };
    const blank = (): PlanCell[] => Array.from({ length: 5 }, () => val(null));
    // only column F is ours; the chart reads the user's column A as categories
    const asked: WritePlan = {
      ...spread,
      statusSheet: {
        name: "Målopfyldelse",
        rows: [
          [...blank(), h("Opfyldelse")],
          [...blank(), pct(2, 0.1)],
          [...blank(), pct(3, 0.2)],
        ],
        chart: { categoriesColumn: 0, valuesColumn: 5, rows: [1, 2] },
      },
    };
    const out = applyPlanToPackage(pkg, asked).pkg;
    assertWellFormedPackage(out.entries);
    const xml = partOf(out, forloeb);
    expect(xml).toContain(`<${prefix}drawing r:id=`);
    const order = [...xml.matchAll(/<(?:x:)?(\w+)[\s/>]/g)].map((m) => m[1]).filter((n) => n !== undefined);
    const top = order.filter((n) =>
      ["pageMargins", "drawing", "legacyDrawing", "tableParts", "extLst", "dataValidations"].includes(n!),
    );
    expect(top.indexOf("drawing")).toBeGreaterThan(top.indexOf("pageMargins"));
    expect(top.indexOf("drawing")).toBeLessThan(top.indexOf("legacyDrawing"));
    expect(top.indexOf("drawing")).toBeLessThan(top.indexOf("tableParts"));
    // clean: a user's sheet stays; our cells, the drawing element, its rel and parts go
    const cleaned = cleanPackage(out).pkg;
    expect([...cleaned.order].sort()).toEqual([...pkg.order].sort());
    expect(canonDoc(partOf(cleaned, `xl/worksheets/_rels/${forloeb.split("/").pop()}.rels`))).toBe(
      canonDoc(partOf(pkg, `xl/worksheets/_rels/${forloeb.split("/").pop()}.rels`)),
    );
    // (the dimension hint keeps the size the write gave it, as for any of our cells on a user's sheet)
    const hint = (xml: string): string => xml.replace(/<(x:)?dimension ref="[^"]*"/, "<$1dimension");
    expect(hint(partOf(cleaned, forloeb))).toBe(hint(partOf(pkg, forloeb)));
    expect(canonDoc(partOf(cleaned, "[Content_Types].xml"))).toBe(canonDoc(partOf(pkg, "[Content_Types].xml")));
  });

  it("leaves a workbook's own chart untouched, takes fresh part names, and clean restores the package", () => {
    const before = withUserChart(richPackage());
    const out = applyPlanToPackage(before, spread).pkg;
    assertWellFormedPackage(out.entries);
    const ours = chartOf(out, "Målopfyldelse");
    expect([ours.drawing, ours.chart]).toEqual(["xl/drawings/drawing2.xml", "xl/charts/chart2.xml"]);
    expect(chartOf(out, "Lister").chart).toBe("xl/charts/chart1.xml");
    const changed = assertUntouchedIdentical(before, out, [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    expect(changed.sort()).toEqual(
      ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"].sort(),
    );
    for (const part of USER_CHART_PARTS) expect(out.entries.get(part)).toBe(before.entries.get(part));

    const { pkg: cleaned, report } = cleanPackage(out);
    expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
    expect([...cleaned.order].sort()).toEqual([...before.order].sort());
    assertUntouchedIdentical(before, cleaned, [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    for (const n of ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
      expect([n, canonDoc(partOf(cleaned, n))]).toEqual([n, canonDoc(partOf(before, n))]);
  });

  it("applied twice is applied once: the same parts, one chart", () => {
    const once = applyPlanToPackage(richPackage(), spread).pkg;
    const twice = applyPlanToPackage(once, spread).pkg;
    expect(twice.order).toEqual(once.order);
    for (const n of once.order) expect([n, partOf(twice, n)]).toEqual([n, partOf(once, n)]);
    expect(twice.order.filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
    ]);
    // new figures update the same chart in place
    const moved: WritePlan = {
      ...spread,
      statusSheet: {
        ...spread.statusSheet!,
        rows: spread.statusSheet!.rows.map((r, i) => (i === 1 ? goal("1", "Forløb", 2, 0.9) : r)),
      },
    };
    const third = applyPlanToPackage(twice, moved).pkg;
    expect(chartOf(third, "Målopfyldelse").vals).toEqual([0.9, 1, null]);
    expect(third.order).toEqual(once.order);
  });

  it("a plan without a chart takes the earlier chart away; clean after that finds none", () => {
    const once = applyPlanToPackage(richPackage(), spread).pkg;
    const { chart: _omit, ...noChart } = spread.statusSheet!;
    const again = applyPlanToPackage(once, { ...spread, statusSheet: noChart }).pkg;
    assertWellFormedPackage(again.entries);
    expect(again.order.filter((n) => /^xl\/(charts|drawings)\/.*\.xml$/.test(n))).toEqual([]);
    expect(partOf(again, sheetPath(again.entries, "Målopfyldelse"))).not.toContain("drawing");
    expect(readOwnership(again).charts).toEqual([]);
    expect(readCells(again.entries, "Målopfyldelse").has("J1")).toBe(false);
    expect(cleanPackage(again).report.sheetsRemoved).toEqual(["Målopfyldelse"]);
  });

  it("clean deletes only parts the package's relationships confirm, whatever the record says", () => {
    const out = applyPlanToPackage(richPackage(), spread).pkg;
    const marks = out.order.find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const forged = partOf(out, marks).replace('chart="xl/charts/chart1.xml"', 'chart="xl/workbook.xml"');
    const entries = new Map(out.entries).set(marks, new TextEncoder().encode(forged));
    const cleaned = cleanPackage({ entries, order: out.order }).pkg;
    expect(cleaned.entries.get("xl/workbook.xml")).toBeDefined();
    assertWellFormedPackage(cleaned.entries);
  });

  it("finds its chart by part name after a save that renumbered the relationship ids", () => {
    const out = applyPlanToPackage(richPackage(), spread).pkg;
    const sheet = sheetPath(out.entries, "Målopfyldelse");
    const sheetRels = sheet.replace(/([^/]+)$/, "_rels/$1.rels");
    const entries = new Map(out.entries);
    for (const part of [sheet, sheetRels])
      entries.set(part, new TextEncoder().encode(partOf(out, part).replace('"rId1"', '"rId7"')));
    const saved = { entries, order: out.order };
    const again = applyPlanToPackage(saved, spread).pkg;
    expect(again.order.filter((n) => /^xl\/charts\//.test(n))).toEqual(["xl/charts/chart1.xml"]);
    expect(readOwnership(again).charts[0]?.relId).toBe("rId7");
    const { pkg: cleaned, report } = cleanPackage(saved);
    expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
    expect(cleaned.order.filter((n) => /^xl\/(charts|drawings)\/.*\.xml$/.test(n))).toEqual([]);
    assertWellFormedPackage(cleaned.entries);
  });

  it("LibreOffice opens the written file and, re-saved, still has the chart on the status sheet; clean removes it", async () => {
    if (skipWithoutLibreOffice("chart in LibreOffice")) return;
    const bytes = writePackage(applyPlanToPackage(richPackage(), spread).pkg);
    const resaved = readPackage(await convertWithLibreOffice(bytes, "xlsx", "xlsx"));
    const c = chartOf(resaved, "Målopfyldelse");
    expect(c.barDir).toBe("bar");
    expect(c.catRef.replace(/'/g, "")).toBe("Målopfyldelse!$J$2:$J$4");
    expect(c.valRef.replace(/'/g, "")).toBe("Målopfyldelse!$K$2:$K$4");
    // the goal without data: its link shows "", which a chart draws as no bar (LibreOffice caches 0)
    expect(c.vals.slice(0, 2)).toEqual([0.5, 1]);
    expect([0, null]).toContain(c.vals[2]);
    // clean finds the record where LibreOffice moved its relationship (the package root) and removes ours
    const { pkg: cleaned, report } = cleanPackage(resaved);
    expect(report.sheetsRemoved).toEqual(["Målopfyldelse"]);
    expect(cleaned.order.filter((n) => /^(xl\/(charts|drawings)\/.*\.xml|customXml\/.*)$/.test(n))).toEqual([]);
    expect(partOf(cleaned, "[Content_Types].xml")).not.toMatch(/chart|drawing\+xml/);
    assertWellFormedPackage(cleaned.entries);
    // and draws it: its HTML export shows the chart as an image (the workbook has no other pictures)
    const html = new TextDecoder().decode(await convertWithLibreOffice(bytes, "xlsx", "html:HTML (StarCalc)"));
    expect(html).toMatch(/<img [^>]*src="[^"]+\.png"/i);
  });
});

/* ---------------------------------------------------------------- a workbook with its own chart */

const USER_CHART_PARTS = [
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/charts/chart1.xml",
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/worksheets/sheet2.xml",
];

/** The user's own chart of the `Lister` sheet (drawing1/chart1), as a workbook from Excel has. */
const withUserChart = (pkg: XlsxPackage): XlsxPackage => {
  const enc = new TextEncoder();
  const lister = sheetPath(pkg.entries, "Lister");
  expect(lister).toBe("xl/worksheets/sheet2.xml");
  const spec = {
    sheet: "Lister",
    title: "Brugerens eget diagram",
    name: { row: 1, column: 1, text: "Antal" },
    categories: { column: 0, first: 1, last: 2, values: ["drift", "vækst"] },
    values: { column: 1, first: 1, last: 2, values: [3, 4] },
    anchor: { column: 3, row: 1, columns: 6, rows: 10 },
  };
  const sheet = partOf(pkg, lister).replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>');
  const ct = partOf(pkg, "[Content_Types].xml").replace(
    "</Types>",
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
  );
  const relsXml = (id: string, type: string, target: string): string =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/></Relationships>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml": ct,
    [lister]: sheet,
    "xl/worksheets/_rels/sheet2.xml.rels": relsXml("rId1", "drawing", "../drawings/drawing1.xml"),
    "xl/drawings/drawing1.xml": drawingPartXml(spec, "rId1").replace('name="Kontrakttjek"', 'name="Diagram 1"'),
    "xl/drawings/_rels/drawing1.xml.rels": relsXml("rId1", "chart", "../charts/chart1.xml"),
    "xl/charts/chart1.xml": chartPartXml(spec),
  };
  const entries = new Map(pkg.entries);
  const order = [...pkg.order];
  for (const [n, t] of Object.entries(parts)) {
    entries.set(n, enc.encode(t));
    if (!order.includes(n)) order.push(n);
  }
  return { entries, order };
};
