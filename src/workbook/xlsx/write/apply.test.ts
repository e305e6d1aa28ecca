import fc from "fast-check";
import { WriteConflictError, type WritePlan } from "../../port";
import { buildWorkbookParts } from "../create";
import {
  applyPlanToPackage,
  assertWritableFile,
  cleanPackage,
  readOwnership,
  UnsupportedWorkbookError,
  WriteTargetError,
} from ".";
import type { XlsxPackage } from "../zip";
import { richPackage } from "./fixtures.testing";
import { readCells, sheetPath } from "./helpers.testing";
import { canonDoc, partOf } from "../../../../test/writer/survival";

const EMPTY: WritePlan = { statusSheet: null, kontrolColumns: [], highlights: [] };

const withCell = (pkg: XlsxPackage, sheet: string, insertAfter: RegExp, cell: string): XlsxPackage => {
  const path = sheetPath(pkg.entries, sheet);
  const xml = partOf(pkg, path);
  const m = insertAfter.exec(xml);
  if (!m) throw new Error("anchor not found");
  const entries = new Map(pkg.entries);
  entries.set(
    path,
    new TextEncoder().encode(xml.slice(0, m.index + m[0].length) + cell + xml.slice(m.index + m[0].length)),
  );
  return { entries, order: pkg.order };
};

const kontrol = (values: (string | null)[]): WritePlan => ({
  ...EMPTY,
  kontrolColumns: [{ sheet: "Forløb", table: "Forloeb", headerRow: 1, column: 4, header: "Kontrol", values }],
});

describe("conflicts", () => {
  it("stops when a user's value stands right of the table, and even with force never writes over it", () => {
    const pkg = withCell(richPackage(), "Forløb", /<c r="D4"[^>]*>.*?<\/c>/, '<c r="E4"><v>42</v></c>');
    let err: unknown;
    try {
      applyPlanToPackage(pkg, kontrol([null, "x", null, null, null]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WriteConflictError);
    expect(err).toMatchObject({ sheet: "Forløb", address: "E4" });
    // a table's next column cannot move aside: force changes nothing here, and says so
    expect(() => applyPlanToPackage(pkg, kontrol([null, "x", null, null, null]), { force: true })).toThrow(
      expect.objectContaining({ sheet: "Forløb", address: "E4", besideWithForce: false }),
    );
  });

  it("treats a cell with only a style as empty", () => {
    const pkg = withCell(richPackage(), "Forløb", /<c r="D4"[^>]*>.*?<\/c>/, '<c r="E4" s="1"/>');
    const out = applyPlanToPackage(pkg, kontrol([null, null, "y", null, null])).pkg;
    expect(readCells(out.entries, "Forløb").get("E4")).toMatchObject({ value: "y", style: 1 });
  });

  it("refuses a merged range or another table in the way, even with force", () => {
    const merged = (() => {
      const p = richPackage();
      const path = sheetPath(p.entries, "Forløb");
      const xml = partOf(p, path).replace(
        "<conditionalFormatting",
        '<mergeCells count="1"><mergeCell ref="E2:F2"/></mergeCells><conditionalFormatting',
      );
      return { entries: new Map(p.entries).set(path, new TextEncoder().encode(xml)), order: p.order };
    })();
    expect(() => applyPlanToPackage(merged, kontrol([null]), { force: true })).toThrow(WriteConflictError);
  });

  it("updates only its own cells on an existing status sheet; a user's cell in the way is a conflict", () => {
    const status = (v: number): WritePlan => ({
      ...EMPTY,
      statusSheet: {
        name: "Målopfyldelse",
        rows: [[{ kind: "value", value: "Mål", format: "header" }], [{ kind: "value", value: v }]],
      },
    });
    const once = applyPlanToPackage(richPackage(), status(1)).pkg;
    // the user adds a note beside our cells, then we write again
    const noted = withCell(
      once,
      "Målopfyldelse",
      /<c r="A2"[^>]*>.*?<\/c>/,
      '<c r="B2" t="inlineStr"><is><t>min note</t></is></c>',
    );
    const twice = applyPlanToPackage(noted, status(2)).pkg;
    const cells = readCells(twice.entries, "Målopfyldelse");
    expect(cells.get("A2")?.value).toBe(2);
    expect(cells.get("B2")?.value).toBe("min note");
    // a plan that would write where the user's note is
    const wider: WritePlan = {
      ...EMPTY,
      statusSheet: {
        name: "Målopfyldelse",
        rows: [
          [{ kind: "value", value: "Mål" }],
          [
            { kind: "value", value: 1 },
            { kind: "value", value: "x" },
          ],
        ],
      },
    };
    expect(() => applyPlanToPackage(noted, wider)).toThrow(
      expect.objectContaining({ sheet: "Målopfyldelse", address: "B2" }),
    );
    // clean keeps the sheet (it holds the user's note) and removes only our cells
    const { pkg: cleaned, report } = cleanPackage(twice);
    expect(report.sheetsRemoved).toEqual([]);
    const left = readCells(cleaned.entries, "Målopfyldelse");
    expect([...left.keys()]).toEqual(["B2"]);
  });

  it("never writes into a user's own sheet of that name: with force it writes 'Målopfyldelse 2' beside it", () => {
    const pkg = buildWorkbookParts({ sheets: [{ name: "Målopfyldelse", rows: [["Egen overskrift"]] }] });
    const plan: WritePlan = {
      ...EMPTY,
      statusSheet: { name: "Målopfyldelse", rows: [[{ kind: "value", value: "Mål" }]] },
    };
    expect(() => applyPlanToPackage(pkg, plan)).toThrow(WriteConflictError);
    const { pkg: forced, report } = applyPlanToPackage(pkg, plan, { force: true });
    expect(readCells(forced.entries, "Målopfyldelse").get("A1")?.value).toBe("Egen overskrift");
    expect(readCells(forced.entries, "Målopfyldelse 2").get("A1")?.value).toBe("Mål");
    expect(report.moved).toEqual([{ kind: "sheet", from: "Målopfyldelse", to: "Målopfyldelse 2" }]);
    expect(readOwnership(forced).sheets.map((s) => [s.name, s.created])).toEqual([["Målopfyldelse 2", true]]);
    // clean removes ours and never the user's sheet
    const cleaned = cleanPackage(forced);
    expect(cleaned.report.sheetsRemoved).toEqual(["Målopfyldelse 2"]);
    expect(readCells(cleaned.pkg.entries, "Målopfyldelse").get("A1")?.value).toBe("Egen overskrift");
  });

  it("takes a sheet name spelt with a combining ring (NFD) for the same name: no second look-alike sheet", () => {
    const nfd = "Målopfyldelse".normalize("NFD");
    const pkg = buildWorkbookParts({ sheets: [{ name: nfd, rows: [["Egen overskrift"]] }] });
    const plan: WritePlan = {
      ...EMPTY,
      statusSheet: { name: "Målopfyldelse", rows: [[{ kind: "value", value: "Mål" }]] },
    };
    expect(() => applyPlanToPackage(pkg, plan)).toThrow(expect.objectContaining({ address: "A1" }));
    const { report } = applyPlanToPackage(pkg, plan, { force: true });
    expect(report.moved).toEqual([{ kind: "sheet", from: nfd, to: "Målopfyldelse 2" }]);
  });

  it("never overwrites the master cell of a shared formula", () => {
    const pkg = buildWorkbookParts({ sheets: [{ name: "S", rows: [[1, 2]] }] });
    const shared = withCell(
      pkg,
      "S",
      /<c r="B1"[^>]*>.*?<\/c>/,
      '<c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f><v>2</v></c>',
    );
    const plan: WritePlan = {
      ...EMPTY,
      kontrolColumns: [{ sheet: "S", table: null, headerRow: 1, column: 2, header: "Kontrol", values: [] }],
    };
    expect(() => applyPlanToPackage(shared, plan)).toThrow(WriteConflictError);
    // with force the column goes beside it, the formula untouched
    const { pkg: forced, report } = applyPlanToPackage(shared, plan, { force: true });
    expect(report.moved).toEqual([{ kind: "column", sheet: "S", header: "Kontrol", from: 2, to: 3 }]);
    expect(readCells(forced.entries, "S").get("C1")?.formula).toBe("A1*2");
    expect(readCells(forced.entries, "S").get("D1")?.value).toBe("Kontrol");
  });

  it("names missing targets", () => {
    expect(() =>
      applyPlanToPackage(richPackage(), { ...EMPTY, highlights: [{ sheet: "Nej", row: 1, column: 0, kind: "error" }] }),
    ).toThrow(WriteTargetError);
    expect(() =>
      applyPlanToPackage(richPackage(), {
        ...EMPTY,
        kontrolColumns: [{ sheet: "Forløb", table: "Findes", headerRow: 1, column: 4, header: "Kontrol", values: [] }],
      }),
    ).toThrow(WriteTargetError);
  });
});

describe("writing again", () => {
  it("replaces its previous write: old highlights are restored, old Kontrol texts removed", () => {
    const first = applyPlanToPackage(richPackage(), {
      ...kontrol([null, "a", "b", null, null]),
      highlights: [
        { sheet: "Forløb", row: 3, column: 0, kind: "error" },
        { sheet: "Forløb", row: 4, column: 0, kind: "warning" },
      ],
    }).pkg;
    const second = applyPlanToPackage(first, {
      ...kontrol([null, "a", null, null, null]),
      highlights: [{ sheet: "Forløb", row: 3, column: 0, kind: "error" }],
    }).pkg;
    const direct = applyPlanToPackage(richPackage(), {
      ...kontrol([null, "a", null, null, null]),
      highlights: [{ sheet: "Forløb", row: 3, column: 0, kind: "error" }],
    }).pkg;
    const path = sheetPath(direct.entries, "Forløb");
    expect(canonDoc(partOf(second, path))).toBe(canonDoc(partOf(direct, path)));
    expect(readCells(second.entries, "Forløb").get("A4")?.style).toBe(
      readCells(richPackage().entries, "Forløb").get("A4")?.style,
    );
  });

  it("removes the Kontrol column of a table that no longer has findings", () => {
    const first = applyPlanToPackage(richPackage(), kontrol([null, "a", null, null, null])).pkg;
    const second = applyPlanToPackage(first, EMPTY).pkg;
    const orig = richPackage();
    for (const p of ["xl/tables/table1.xml", sheetPath(orig.entries, "Forløb")])
      expect(canonDoc(partOf(second, p))).toBe(canonDoc(partOf(orig, p)));
    expect(readOwnership(second).columns).toEqual([]);
  });

  it("writes a Kontrol column beside a plain range, styled like its header, and takes it away again", () => {
    const pkg = buildWorkbookParts({
      sheets: [
        {
          name: "Data",
          headerRows: 1,
          rows: [
            ["CVR", "Timer"],
            ["1", 25],
            ["2", 3],
          ],
        },
      ],
    });
    const plan = (vals: (string | null)[], column: number): WritePlan => ({
      ...EMPTY,
      kontrolColumns: [{ sheet: "Data", table: null, headerRow: 1, column, header: "Kontrol", values: vals }],
    });
    const once = applyPlanToPackage(pkg, plan(["over 20 timer", null], 2)).pkg;
    const cells = readCells(once.entries, "Data");
    expect(cells.get("C1")).toMatchObject({ value: "Kontrol", style: cells.get("B1")!.style });
    expect(cells.get("C2")?.value).toBe("over 20 timer");
    // the lead's plan sees our column as part of the range next time: column 3; we reuse ours
    const twice = applyPlanToPackage(once, plan(["over 20 timer", null], 3)).pkg;
    for (const n of once.order) expect(partOf(twice, n)).toBe(partOf(once, n));
    const cleaned = cleanPackage(twice).pkg;
    const p = sheetPath(pkg.entries, "Data");
    expect(canonDoc(partOf(cleaned, p))).toBe(canonDoc(partOf(pkg, p)));
  });
});

describe("text and formulas", () => {
  const statusOf = (values: (string | number)[]): WritePlan => ({
    ...EMPTY,
    statusSheet: { name: "S", rows: [values.map((v) => ({ kind: "value" as const, value: v }))] },
  });

  it("keeps carriage returns in text (XML would turn a literal one into a line feed)", () => {
    const texts = ["a\rb", "c\r\nd", "\r"];
    const out = applyPlanToPackage(richPackage(), {
      ...kontrol([null, ...texts]),
      statusSheet: statusOf(texts).statusSheet,
    }).pkg;
    const s = readCells(out.entries, "S");
    texts.forEach((t, i) => expect(s.get(`${String.fromCharCode(65 + i)}1`)?.value).toBe(t));
  });

  it("stores any text exactly, as text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 1, maxLength: 5 }), (texts) => {
        const nonEmpty = texts.map((t) => (t === "" ? "x" : t));
        const out = applyPlanToPackage(richPackage(), {
          ...kontrol([null, ...nonEmpty]),
          statusSheet: statusOf(nonEmpty).statusSheet,
        }).pkg;
        const s = readCells(out.entries, "S");
        const k = readCells(out.entries, "Forløb");
        const expected = (t: string) =>
          t.replace(/[\uD800-\uDFFF]/g, (c, i, str) => {
            const code = c.charCodeAt(0);
            const pairOk =
              code < 0xdc00 ? /[\uDC00-\uDFFF]/.test(str[i + 1] ?? "") : /[\uD800-\uDBFF]/.test(str[i - 1] ?? "");
            return pairOk ? c : "\uFFFD";
          });
        nonEmpty.forEach((t, i) => {
          expect(s.get(`${String.fromCharCode(65 + i)}1`)).toMatchObject({ value: expected(t), formula: null });
          if (i < 4) expect(k.get(`E${i + 3}`)).toMatchObject({ value: expected(t), formula: null });
        });
      }),
      { numRuns: 40 },
    );
  });

  it("never turns text starting with = + - @ into a formula", () => {
    const texts = ["=SUM(A1:A2)", "+45 12 34 56 78", "-3", "@SUM(1)", "=cmd|' /C calc'!A0"];
    const out = applyPlanToPackage(richPackage(), statusOf(texts)).pkg;
    const xml = partOf(out, sheetPath(out.entries, "S"));
    expect(xml).not.toContain("<f>");
    const s = readCells(out.entries, "S");
    texts.forEach((t, i) =>
      expect(s.get(`${String.fromCharCode(65 + i)}1`)).toMatchObject({ value: t, type: "inlineStr" }),
    );
  });

  it("stores formulas without '=', escaped, with _xlfn. for newer functions and a cached value", () => {
    const plan: WritePlan = {
      ...EMPTY,
      statusSheet: {
        name: "S",
        rows: [
          [
            { kind: "formula", formula: '=IFS(A2>1,"a&b",TRUE,"<c>")', cached: "a&b" },
            { kind: "formula", formula: '=MAXIFS(Forloeb[[Timer]],Forloeb[[Timer]],"<=20")', cached: 12 },
            { kind: "formula", formula: "=1/0", cached: null },
          ],
        ],
      },
    };
    const out = applyPlanToPackage(richPackage(), plan).pkg;
    const xml = partOf(out, sheetPath(out.entries, "S"));
    expect(xml).toContain('<c r="A1" t="str"><f>_xlfn.IFS(A2&gt;1,"a&amp;b",TRUE,"&lt;c&gt;")</f><v>a&amp;b</v></c>');
    expect(xml).toContain('<f>_xlfn.MAXIFS(Forloeb[[Timer]],Forloeb[[Timer]],"&lt;=20")</f><v>12</v>');
    expect(xml).toContain("<f>1/0</f></c>");
  });
});

describe("file types", () => {
  it("refuses .xls, password-protected, .csv and .xlsb files with a typed error", () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = (bytes: Uint8Array, name: string) => {
      try {
        assertWritableFile(bytes, name);
      } catch (e) {
        return e as UnsupportedWorkbookError;
      }
      return null;
    };
    expect(err(ole, "a.xls")?.code).toBe("xls");
    expect(err(ole, "a.xlsx")?.code).toBe("encrypted-or-xls");
    expect(err(new TextEncoder().encode("a;b\n1;2"), "a.csv")?.code).toBe("csv");
    expect(err(new Uint8Array([0x50, 0x4b, 3, 4]), "a.xlsb")?.code).toBe("xlsb");
    expect(err(new Uint8Array([0x50, 0x4b, 3, 4]), "a.xlsm")).toBeNull();
    expect(err(new TextEncoder().encode("<html>"), "a.xlsx")?.code).toBe("not-a-workbook");
  });

  it("refuses a binary workbook package", () => {
    const p = richPackage();
    const rels = partOf(p, "_rels/.rels").replace("xl/workbook.xml", "xl/workbook.bin");
    const pkg = {
      entries: new Map(p.entries)
        .set("_rels/.rels", new TextEncoder().encode(rels))
        .set("xl/workbook.bin", new Uint8Array(4)),
      order: p.order,
    };
    expect(() => applyPlanToPackage(pkg, EMPTY)).toThrow(UnsupportedWorkbookError);
  });
});
