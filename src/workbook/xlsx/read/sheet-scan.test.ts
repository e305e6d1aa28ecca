/**
 * The byte scanner reads the same cells as the SAX reader: the same values, dates, hidden rows
 * and merged ranges in the same order, for random sheets (with entities, inline strings, runs,
 * phonetic runs, formulas, odd references, row ranges and column choices) and for every sheet
 * of the real-world corpus; what it does not read it hands to the SAX reader without giving an
 * event twice.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { CellValue } from "../../../domain/model";
import type { PartSource } from "./parts";
import { zipParts } from "./parts";
import { lastReader, readSheet, readSheetSax, type SheetVisitor } from "./sheet";
import type { SheetContext } from "./cell-value";
import { readWorkbookInfo } from "./workbook";
import { readSharedStrings } from "./shared-strings";
import { readDateStyles } from "./styles";
import { openZip, DEFAULT_ZIP_LIMITS } from "../zip";
import { CORPUS_DIR } from "../../../../test/writer/corpus";

type Event = readonly [string, ...unknown[]];

const CTX: SheetContext = {
  sharedStrings: ["Navn", "", "Ærø & Co", "12"],
  dateStyles: [false, true, false],
  date1904: false,
};

const onePart = (xml: string): PartSource => {
  const bytes = new TextEncoder().encode(xml);
  return {
    names: ["s.xml"],
    resolve: (p) => (p === "s.xml" ? p : undefined),
    text: () => xml,
    chunks: () => [bytes.subarray(0, 7), bytes.subarray(7)],
    bytes: () => bytes,
    head: (_p, max) => bytes.subarray(0, max),
    size: () => bytes.length,
    verify: () => undefined,
  };
};

type Options = Pick<SheetVisitor, "columns" | "fromRow" | "toRow" | "wantMerges" | "outside">;

async function events(
  read: typeof readSheet,
  parts: PartSource,
  part: string,
  ctx: SheetContext,
  options: Options,
): Promise<Event[] | string> {
  const out: Event[] = [];
  try {
    await read(parts, part, ctx, {
      ...options,
      onCell: (row, column, value: CellValue, isDate) => void out.push(["cell", row, column, value, isDate]),
      onHiddenRow: (row) => void out.push(["hidden", row]),
      onMerge: (rect) => void out.push(["merge", rect]),
    });
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
  return out;
}

const text = fc.stringMatching(/^[a-zA-Z0-9 æøå\-_.,]{0,12}$/);
const xmlText = fc.oneof(
  text,
  text.map((t) => `${t} &amp; &lt;b&gt; &#198;&#x2603;`),
  text.map((t) => `_x000D_${t}`),
  fc.constant(" 12 "),
  fc.constant(""),
);
const value = fc.oneof(
  fc.integer({ min: -5, max: 50000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  xmlText,
);

const ref = (col: number, row: number): string => `${String.fromCharCode(65 + col)}${row}`;

const cellXml = fc
  .record({
    withRef: fc.integer({ min: 0, max: 9 }),
    col: fc.integer({ min: 0, max: 7 }),
    t: fc.constantFrom(null, "s", "str", "inlineStr", "b", "e", "d", "n"),
    s: fc.constantFrom(null, "0", "1", "2", "x"),
    kind: fc.constantFrom("v", "empty", "self", "f", "fv", "fself", "is", "runs", "vself"),
    v: value,
    idx: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ withRef, col, t, s, kind, v, idx }) => (row: number): string => {
    const attrs =
      (withRef > 1 ? ` r="${ref(col, row)}"` : withRef === 1 ? ` r="bad"` : "") +
      (s !== null ? ` s="${s}"` : "") +
      (t !== null ? ` t='${t}'` : "");
    const val = t === "s" ? String(idx) : t === "b" ? (idx % 2 ? "1" : "0") : t === "d" ? "2025-03-04T10:00:00" : v;
    switch (kind) {
      case "self":
        return `<c${attrs}/>`;
      case "empty":
        return `<c${attrs}></c>`;
      case "vself":
        return `<c${attrs}><v/></c>`;
      case "f":
        return `<c${attrs}><f>SUM(A1:A2)&amp;"x"</f></c>`;
      case "fv":
        return `<c${attrs}><f t="shared" si="0">A1+1</f><v>${val}</v></c>`;
      case "fself":
        return `<c${attrs}><f t="shared" si="0"/><v>${val}</v></c>`;
      case "is":
        return `<c${attrs}><is><t xml:space="preserve">${v}</t></is></c>`;
      case "runs":
        return `<c${attrs}><is><r><rPr><b/><sz val="11"/></rPr><t>${v}</t></r><r><t>!</t></r><rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1"/></is></c>`;
      default:
        return `<c${attrs}>\n  <v>${val}</v>\n</c>`;
    }
  });

const rowXml = fc.record({
  r: fc.constantFrom("inc", "none", "bad"),
  gap: fc.integer({ min: 0, max: 3 }),
  hidden: fc.constantFrom(null, "1", "true", "0"),
  cells: fc.array(cellXml, { maxLength: 6 }),
  self: fc.boolean(),
});

/** A sheet; `odd` puts in what the scanner declines (a comment, CDATA, a prefixed cell). */
const sheetXml = (odd: boolean) =>
  fc
    .record({
      rows: fc.array(rowXml, { maxLength: 12 }),
      merges: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 9 })), { maxLength: 3 }),
      oddAt: fc.integer({ min: 0, max: 12 }),
      oddKind: fc.constantFrom("comment", "cdata", "prefix", "pi", "entity"),
    })
    .map(({ rows, merges, oddAt, oddKind }) => {
      let n = 0;
      const body = rows.map((r, k) => {
        n += 1 + r.gap;
        const rAttr = r.r === "inc" ? ` r="${n}"` : r.r === "bad" ? ` r="x"` : "";
        const hidden = r.hidden === null ? "" : ` hidden="${r.hidden}"`;
        const cells = r.cells.map((c) => c(n)).join("");
        const extra =
          odd && k === oddAt
            ? {
                comment: "<!-- a note -->",
                cdata: `<c r="A${n}" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>`,
                prefix: `<x:c xmlns:x="urn:x" r="A${n}"><x:v>1</x:v></x:c>`,
                pi: "<?keep me?>",
                entity: `<c r="A${n}" t="str"><v>&#65;&#x42;&quot;</v></c>`,
              }[oddKind]
            : "";
        return r.self && cells === ""
          ? `<row${rAttr}${hidden}/>`
          : `<row${rAttr}${hidden} spans="1:8">${cells}${extra}</row>`;
      });
      const mergeXml =
        merges.length > 0
          ? `<mergeCells count="${merges.length}">${merges.map(([c, r]) => `<mergeCell ref="${ref(c, r)}:${ref(c + 1, r + 1)}"/>`).join("")}</mergeCells>`
          : "";
      return (
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/>` +
        `<sheetData>${body.join("\n")}</sheetData>${mergeXml}<pageMargins left="0.7"/></worksheet>`
      );
    });

const options = fc.record({
  cols: fc.option(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 4 }), { nil: undefined }),
  fromRow: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  toRow: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  wantMerges: fc.boolean(),
  outside: fc.array(
    fc.record({
      top: fc.integer({ min: 1, max: 10 }),
      left: fc.integer({ min: 0, max: 5 }),
      bottom: fc.integer({ min: 1, max: 20 }),
      right: fc.integer({ min: 0, max: 7 }),
    }),
    { maxLength: 2 },
  ),
});

const visitorOptions = (o: {
  cols: number[] | undefined;
  fromRow: number | undefined;
  toRow: number | undefined;
  wantMerges: boolean;
  outside: { top: number; left: number; bottom: number; right: number }[];
}): Options => {
  const columns = o.cols === undefined ? undefined : new Uint8Array(16384);
  for (const c of o.cols ?? []) if (columns) columns[c] = 1;
  return {
    ...(columns ? { columns } : {}),
    ...(o.fromRow !== undefined ? { fromRow: o.fromRow } : {}),
    ...(o.toRow !== undefined ? { toRow: o.toRow } : {}),
    wantMerges: o.wantMerges,
    ...(o.outside.length > 0 ? { outside: o.outside } : {}),
  };
};

describe("the byte scanner reads what the SAX reader reads", () => {
  it("random sheets: the same events, and the scanner is the one that read them", async () => {
    let scanned = 0;
    const whys = new Map<string, number>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(sheetXml(false), options, async (xml, o) => {
        const parts = onePart(xml);
        const want = await events(readSheetSax, parts, "s.xml", CTX, visitorOptions(o));
        const got = await events(readSheet, parts, "s.xml", CTX, visitorOptions(o));
        runs++;
        if (lastReader.kind === "scan") scanned++;
        else whys.set(lastReader.why, (whys.get(lastReader.why) ?? 0) + 1);
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
    expect([...whys]).toEqual([]);
    expect(scanned).toBe(runs);
  });

  it("sheets with what it declines (comments, CDATA, prefixes, instructions): the same events, none twice", async () => {
    await fc.assert(
      fc.asyncProperty(sheetXml(true), options, async (xml, o) => {
        const parts = onePart(xml);
        const want = await events(readSheetSax, parts, "s.xml", CTX, visitorOptions(o));
        expect(await events(readSheet, parts, "s.xml", CTX, visitorOptions(o))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it("damage is damage either way: an unknown entity, a cell never closed", async () => {
    const bad = (cells: string) =>
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    for (const xml of [bad(`<c r="A1" t="str"><v>&custom;</v></c>`), bad(`<c r="A1"><v>1</v>`)]) {
      const got = await events(readSheet, onePart(xml), "s.xml", CTX, { wantMerges: true });
      expect(got).toEqual(expect.stringContaining("not well-formed"));
    }
  });

  it("every sheet of the real-world corpus: the same events", async () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => /\.xls[xm]$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    let sheets = 0;
    let scanned = 0;
    for (const file of files) {
      const zip = openZip(new Uint8Array(readFileSync(join(CORPUS_DIR, file))), DEFAULT_ZIP_LIMITS);
      const parts = zipParts(zip);
      const wb = readWorkbookInfo(parts);
      const ctx: SheetContext = {
        sharedStrings: await readSharedStrings(parts, wb.sharedStringsPart),
        dateStyles: readDateStyles(
          wb.stylesPart === null ? undefined : parts.text(wb.stylesPart),
          wb.stylesPart ?? undefined,
        ),
        date1904: wb.date1904,
      };
      for (const sheet of wb.sheets) {
        const want = await events(readSheetSax, parts, sheet.part, ctx, { wantMerges: true });
        expect([file, sheet.name, await events(readSheet, parts, sheet.part, ctx, { wantMerges: true })]).toEqual([
          file,
          sheet.name,
          want,
        ]);
        sheets++;
        if (lastReader.kind === "scan") scanned++;
      }
    }
    expect(sheets).toBeGreaterThan(20);
    // Most real sheets are the scanner's; the rest (prefixes, CDATA, …) the SAX reader's.
    expect(scanned / sheets).toBeGreaterThan(0.7);
  });
});
