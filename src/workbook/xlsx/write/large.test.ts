/** A full-height sheet (1,048,576 rows): the writer streams over its text instead of building a DOM. */
import type { WritePlan } from "../../port";
import { buildWorkbookParts } from "../create";
import { applyPlanToPackage, cleanPackage } from ".";
import type { XlsxPackage } from "../zip";

const ROWS = 1_048_575; // data rows below the header

const bigPackage = (): XlsxPackage => {
  const base = buildWorkbookParts({
    sheets: [
      {
        name: "Evaluering",
        rows: [
          ["CVR-nummer", "Anbefaling (0-10)"],
          ["1", 1],
        ],
        tables: [{ name: "Evaluering", range: "A1:B2" }],
      },
    ],
  });
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:B1048576"/><sheetData><row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>CVR-nummer</t></is></c><c r="B1" t="inlineStr"><is><t>Anbefaling (0-10)</t></is></c></row>';
  const parts: string[] = [head];
  for (let r = 2; r <= ROWS + 1; r++)
    parts.push(
      `<row r="${r}" spans="1:2"><c r="A${r}"><v>${10000000 + r}</v></c><c r="B${r}"><v>${r % 12}</v></c></row>`,
    );
  parts.push(
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
  );
  const enc = new TextEncoder();
  const table = new TextDecoder().decode(base.entries.get("xl/tables/table1.xml")).replace(/A1:B2/g, "A1:B1048576");
  const entries = new Map(base.entries);
  entries.set("xl/worksheets/sheet1.xml", enc.encode(parts.join("")));
  entries.set("xl/tables/table1.xml", enc.encode(table));
  return { entries, order: base.order };
};

describe("a 1,048,576-row sheet", () => {
  it("gets a Kontrol column and highlights in one streaming pass, and is cleaned again", () => {
    const pkg = bigPackage();
    const values: (string | null)[] = new Array(ROWS).fill(null);
    const highlights: WritePlan["highlights"][number][] = [];
    for (let i = 0; i + 9 < ROWS; i += 12) {
      values[i + 9] = "Anbefaling over 10";
      highlights.push({ sheet: "Evaluering", row: i + 11, column: 1, kind: "error" });
    }
    const plan: WritePlan = {
      statusSheet: null,
      kontrolColumns: [
        { sheet: "Evaluering", table: "Evaluering", headerRow: 1, column: 2, header: "Kontrol", values },
      ],
      highlights,
    };
    const t0 = Date.now();
    const { pkg: out, report } = applyPlanToPackage(pkg, plan);
    const applyMs = Date.now() - t0;
    expect(report.highlights).toBe(highlights.length);
    const xml = new TextDecoder().decode(out.entries.get("xl/worksheets/sheet1.xml"));
    expect(xml).toContain('<row r="11" spans="1:3">');
    expect(xml).toContain('<c r="C11" t="inlineStr"><is><t>Anbefaling over 10</t></is></c>');
    expect(xml).toMatch(/<c r="B11" s="\d+"><v>11<\/v><\/c>/);
    expect(new TextDecoder().decode(out.entries.get("xl/tables/table1.xml"))).toContain('ref="A1:C1048576"');
    const t1 = Date.now();
    const cleaned = cleanPackage(out).pkg;
    const cleanMs = Date.now() - t1;
    const back = new TextDecoder().decode(cleaned.entries.get("xl/worksheets/sheet1.xml"));
    // spans stay widened (a layout hint); otherwise the sheet is what it was
    const orig = new TextDecoder().decode(pkg.entries.get("xl/worksheets/sheet1.xml"));
    const norm = back.replace(/spans="1:3"/g, 'spans="1:2"');
    let d = 0;
    while (d < orig.length && orig[d] === norm[d]) d++;
    expect([d, norm.slice(d - 100, d + 200)]).toEqual([orig.length, orig.slice(d - 100, d + 200)]);
    console.log(`1,048,576 rows: apply ${applyMs} ms, clean ${cleanMs} ms`);
    expect(applyMs).toBeLessThan(60_000);
  }, 180_000);
});
