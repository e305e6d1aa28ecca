/**
 * The streaming path on a 200,000-row sheet: the sheet is inflated and parsed chunk by chunk,
 * only the requested columns are kept, and values come out right at both ends and in between.
 */
import { strToU8, zipSync } from "fflate";
import { XlsxWorkbook } from "..";
import { cellRef as cellAddress } from "../../sheet/a1";
import { buildXlsx } from "../../fixture.testing";

const ROWS = 200_000;
const cvr = (i: number): string => String(10_000_000 + (i % 1000) * 7919).padStart(8, "0");

/** A workbook whose one sheet holds ROWS data rows, built from raw XML in pieces. */
const bigWorkbook = (): Uint8Array => {
  const base = buildXlsx({
    sheets: [{ name: "Forløb", rows: [["x"]] }],
    extraSharedStrings: Array.from({ length: 1000 }, (_, k) => `<si><t>${cvr(k)}</t></si>`),
  });
  // Reuse the fixture's parts, replacing the sheet with a generated one.
  const { readPackage } = jest.requireActual<typeof import("../zip")>("../zip");
  const pkg = readPackage(base);
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E2"/><sheetData>`,
    `<row r="1"><c r="A1" t="inlineStr"><is><t>CVR-nummer</t></is></c><c r="B1" t="inlineStr"><is><t>Timer</t></is></c>` +
      `<c r="C1" t="inlineStr"><is><t>Startdato</t></is></c><c r="D1" t="inlineStr"><is><t>Kundesegment</t></is></c>` +
      `<c r="E1" t="inlineStr"><is><t>Ledelsesvurdering</t></is></c></row>`,
  ];
  for (let i = 1; i <= ROWS; i++) {
    const r = i + 1;
    const hidden = i % 50_000 === 0 ? ' hidden="1"' : "";
    // shared string index 1 + (i % 1000): index 0 is the fixture's own "x"
    parts.push(
      `<row r="${r}"${hidden}><c r="A${r}" t="s"><v>${1 + (i % 1000)}</v></c><c r="B${r}"><v>${i % 37}.5</v></c>` +
        `<c r="C${r}" s="1"><v>${45658 + (i % 365)}</v></c>` +
        (i % 10 === 0 ? "" : `<c r="D${r}" t="inlineStr"><is><t>${i % 2 ? "drift" : "vækst"}</t></is></c>`) +
        `<c r="E${r}" t="b"><v>${i % 3 === 0 ? 1 : 0}</v></c></row>`,
    );
  }
  parts.push("</sheetData></worksheet>");
  const files: Record<string, Uint8Array> = {};
  for (const n of pkg.order)
    files[n] = n === "xl/worksheets/sheet1.xml" ? strToU8(parts.join("")) : (pkg.entries.get(n) as Uint8Array);
  return zipSync(files, { level: 1 });
};

describe("streaming a 200,000-row sheet", () => {
  let wb: XlsxWorkbook;
  beforeAll(() => {
    wb = XlsxWorkbook.open(bigWorkbook());
  });

  it("lists the sheet with its true size, whatever the dimension tag says", async () => {
    const [source] = await wb.listSources();
    expect(source).toEqual({
      sheet: "Forløb",
      table: null,
      headerRow: 1,
      firstColumn: 0,
      headers: ["CVR-nummer", "Timer", "Startdato", "Kundesegment", "Ledelsesvurdering"],
      rowCount: ROWS,
    });
  });

  it("reads requested columns with the right values everywhere, in chunks, with progress", async () => {
    const [source] = await wb.listSources();
    const progress: number[] = [];
    const res = await wb.readColumns(source!, [0, 2, 3, 4], { onProgress: (done) => void progress.push(done) });
    const [a, c, d, e] = res.columns;
    expect(a).toHaveLength(ROWS);
    for (const i of [1, 2, 999, 1000, 1001, 123_457, ROWS - 1, ROWS]) {
      expect(a![i - 1]).toBe(cvr(i % 1000));
      expect(c![i - 1]).toBe(45658 + (i % 365));
      expect(d![i - 1]).toBe(i % 10 === 0 ? null : i % 2 ? "drift" : "vækst");
      expect(e![i - 1]).toBe(i % 3 === 0);
    }
    expect(d!.filter((v) => v === null)).toHaveLength(ROWS / 10);
    expect(e!.filter((v) => v === true)).toHaveLength(Math.floor(ROWS / 3));
    expect(res.hiddenRows).toEqual([50_001, 100_001, 150_001, 200_001]);
    expect(res.dateColumns).toEqual([false, true, false, false]);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(ROWS);
  });

  it("sums a numeric column exactly", async () => {
    const [source] = await wb.listSources();
    const { columns } = await wb.readColumns(source!, [1]);
    let expected = 0;
    for (let i = 1; i <= ROWS; i++) expected += (i % 37) + 0.5;
    expect((columns[0] as number[]).reduce((s, v) => s + v, 0)).toBeCloseTo(expected, 6);
  });

  it("stops when aborted part-way", async () => {
    const [source] = await wb.listSources();
    const ac = new AbortController();
    const read = wb.readColumns(source!, [0], {
      signal: ac.signal,
      onProgress: (done) => {
        if (done > 0 && done < ROWS) ac.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
  });
});

it("reads a cell in the sheet's last row and column", async () => {
  const last = cellAddress(1_048_576, 16_383);
  const wb = XlsxWorkbook.open(
    buildXlsx({
      sheets: [
        {
          name: "A",
          rawSheetData:
            `<row r="1"><c r="XFC1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>b</t></is></c></row>` +
            `<row r="1048576"><c r="${last}"><v>42</v></c></row>`,
        },
      ],
    }),
  );
  const [source] = await wb.listSources();
  expect(source).toMatchObject({ headerRow: 1, firstColumn: 16_382, rowCount: 1_048_575 });
  const res = await wb.readColumns(source!, [1]);
  expect(res.columns[0]).toHaveLength(1_048_575);
  expect(res.columns[0]![1_048_574]).toBe(42);
});
