/**
 * The byte-level sheet splicer (for parts too large for one JS string) must give exactly what the
 * string splicer gives, wherever the slice boundaries fall: here every slice holds one row.
 */
import { renderSheetBytes, renderSheetXml, type RenderCell } from "../ooxml/worksheet";
import { INLINE_STRINGS } from "../ooxml/cells";
import { editSheetPart, editSheetXml, type CellEdit, type SheetEdits } from "./sheet-edit";

const enc = new TextEncoder();
const dec = new TextDecoder();

const sheet = (p: string, rows: number): string => {
  const x = p ? `${p}:` : "";
  const ns = p ? ` xmlns:${p}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : "";
  const out = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}worksheet${ns}><${x}dimension ref="A1:C${rows}"/>`,
    `<${x}cols><${x}col min="4" max="4" width="9" style="3"/></${x}cols><${x}sheetData>\n`,
  ];
  for (let r = 1; r <= rows; r++) {
    if (r % 7 === 0) continue; // gaps: edits create the missing rows
    if (r % 11 === 0) {
      out.push(`<${x}row r="${r}"/>`);
      continue;
    }
    out.push(
      `<${x}row r="${r}" spans="1:3"><${x}c r="A${r}" t="inlineStr"><${x}is><${x}t>æøå ${r} 😀</${x}t></${x}is></${x}c>` +
        `<${x}c r="C${r}" s="1"><${x}v>${r}</${x}v></${x}c></${x}row>\n`,
    );
  }
  out.push(`</${x}sheetData><${x}mergeCells count="1"><${x}mergeCell ref="F1:G1"/></${x}mergeCells></${x}worksheet>`);
  return out.join("");
};

const value =
  (p: string, text: (row: number) => string): CellEdit =>
  (existing) => {
    const x = p ? `${p}:` : "";
    const ref = existing ? /r="([A-Z]+\d+)"/.exec(existing.xml)?.[1] : undefined;
    return {
      xml: `<${x}c${ref ? ` r="${ref}"` : ""} t="inlineStr"><${x}is><${x}t>${text(0)}</${x}t></${x}is></${x}c>`,
    };
  };

const edits = (p: string, rows: number): SheetEdits => {
  const x = p ? `${p}:` : "";
  return {
    cells: new Map([
      [3, new Map<number, CellEdit>([[2, value(p, () => "ny ø")]])],
      [rows + 5, new Map<number, CellEdit>([[0, value(p, () => "efter")]])],
      [5, new Map<number, CellEdit>([[2, (e) => (e ? "delete" : "keep")]])],
    ]),
    runs: [
      {
        column: 3,
        first: 1,
        last: rows + 2,
        edit: (row) =>
          row % 5 === 0 ? null : () => ({ xml: `<${x}c r="D${row}" s="4"><${x}v>${row}</${x}v></${x}c>` }),
      },
    ],
  };
};

describe("editSheetPart (sliced bytes)", () => {
  it.each([
    ["", 1],
    ["", 50],
    ["", 1 << 20],
    ["x", 1],
    ["x", 333],
  ])("prefix %p, slices of %p bytes: same output as the string splicer", (p, slice) => {
    const rows = 120;
    const xml = sheet(p, rows);
    const want = editSheetXml(xml, edits(p, rows));
    expect(want.changed).toBe(true);
    const got = editSheetPart(enc.encode(xml), edits(p, rows), [], slice);
    expect(got.changed).toBe(true);
    expect(dec.decode(got.bytes)).toBe(want.xml);
    expect(dec.decode(got.bytes)).toContain('<dimension ref="A1:D125"/>'.replace(/<d/, p ? "<x:d" : "<d"));
  });

  it("returns the very same bytes when nothing changes, and copies untouched slices as they are", () => {
    const xml = sheet("", 60);
    const bytes = enc.encode(xml);
    const none = editSheetPart(bytes, { cells: new Map(), runs: [] }, [], 10);
    expect(none.changed).toBe(false);
    expect(none.bytes).toBe(bytes);
    const one: SheetEdits = { cells: new Map([[40, new Map([[2, value("", () => "z")]])]]), runs: [] };
    const got = editSheetPart(bytes, one, [], 10);
    expect(dec.decode(got.bytes)).toBe(editSheetXml(xml, one).xml);
  });

  it("shrinks the dimension for removed columns like shrinkDimension", () => {
    const xml = sheet("", 30).replace('ref="A1:C30"', 'ref="A1:D30"');
    const del: SheetEdits = {
      cells: new Map(),
      runs: [{ column: 3, first: 1, last: 35, edit: () => (e) => (e ? "delete" : "keep") }],
    };
    const withD = editSheetXml(xml, edits("", 30)).xml;
    const got = editSheetPart(enc.encode(withD.replace(/ref="A1:D\d+"/, 'ref="A1:D35"')), del, [3], 17);
    expect(dec.decode(got.bytes)).toMatch(/<dimension ref="A1:C35"\/>/);
    expect(dec.decode(got.bytes)).not.toMatch(/r="D\d+"/);
  });

  it("refuses comments inside sheetData in any slice", () => {
    const xml = sheet("", 20).replace('<row r="15"', '<!-- x --><row r="15"');
    expect(() => editSheetPart(enc.encode(xml), edits("", 20), [], 8)).toThrow(/comments/);
  });
});

describe("renderSheetBytes", () => {
  it("gives the bytes of renderSheetXml when the sheet spans several encoded batches", () => {
    const cells: RenderCell[] = [];
    for (let r = 1; r <= 60_000; r++) {
      cells.push({ row: r, column: 0, content: { t: "string", v: `ræk ${r} 😀 ${"x".repeat(40)}` }, style: 0 });
      cells.push({ row: r, column: 2, content: { t: "number", v: r / 3 }, style: 1 });
    }
    const model = { cells, columns: [{ index: 0, width: 20 }], freezeRows: 1, tableRelIds: ["rId1"] };
    const xml = renderSheetXml(model, INLINE_STRINGS);
    expect(xml.length).toBeGreaterThan(2 * 4 * 1024 * 1024);
    expect(Buffer.from(renderSheetBytes(model, INLINE_STRINGS)).equals(Buffer.from(enc.encode(xml)))).toBe(true);
    const empty = { cells: [] };
    expect(dec.decode(renderSheetBytes(empty, INLINE_STRINGS))).toBe(renderSheetXml(empty, INLINE_STRINGS));
  });
});

describe("writePackage with a native deflate", () => {
  it("writes a package the reader opens, with the same parts as fflate's", async () => {
    const { crc32, deflateRawSync } = await import("node:zlib");
    const { setNativeDeflate, writePackage, readPackage } = await import("../zip");
    const { buildWorkbookParts } = await import("../create");
    const pkg = buildWorkbookParts({
      sheets: [
        {
          name: "A",
          rows: [
            ["x", "n"],
            ["y", 2],
            ["z", 3],
          ],
          tables: [{ name: "T", range: "A1:B3" }],
        },
      ],
    });
    const plain = writePackage(pkg);
    setNativeDeflate({ deflateRaw: (d) => deflateRawSync(d, { level: 3 }), crc32: (d) => crc32(d) });
    try {
      const native = writePackage(pkg);
      const back = readPackage(native);
      expect([...back.entries.keys()]).toEqual([...readPackage(plain).entries.keys()]);
      for (const [name, bytes] of pkg.entries)
        expect(Buffer.from(back.entries.get(name)!).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      setNativeDeflate(null);
    }
  });
});
