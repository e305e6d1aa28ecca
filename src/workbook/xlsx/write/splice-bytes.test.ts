/**
 * The byte splicer's fast path (a new cell inserted past a row's last cell without decoding the
 * row) gives exactly the string splicer's output, on random rows: with and without `r`, spans,
 * a row style, cells before, at and after the edited column, self-closed cells, blank rows, and
 * edits that read the row's cells or style.
 */
import fc from "fast-check";
import { editSheetPart, editSheetXml, type CellEdit, type SheetEdits } from "./sheet-edit";

const enc = new TextEncoder();
const dec = new TextDecoder();
const L = (c: number): string => String.fromCharCode(65 + c);

const cell = fc.record({
  col: fc.integer({ min: 0, max: 6 }),
  ref: fc.boolean(),
  self: fc.boolean(),
  text: fc.constantFrom("1", "æø", "x&amp;y"),
});

const row = fc.record({
  gap: fc.integer({ min: 0, max: 2 }),
  r: fc.boolean(),
  spans: fc.constantFrom(null, "1:3", "2:2", "1:9"),
  custom: fc.boolean(),
  self: fc.boolean(),
  cells: fc.array(cell, { maxLength: 4 }),
  space: fc.constantFrom("", "\n  "),
});

type Cell = { col: number; ref: boolean; self: boolean; text: string };
type Row = {
  gap: number;
  r: boolean;
  spans: string | null;
  custom: boolean;
  self: boolean;
  cells: Cell[];
  space: string;
};

const sheetOf = (rows: Row[]): string => {
  let n = 0;
  const body = rows.map((x) => {
    n += 1 + x.gap;
    const cols = [...new Set(x.cells.map((c) => c.col))].sort((a, b) => a - b);
    const cells = cols.map((c) => {
      const def = x.cells.find((y) => y.col === c) as Cell;
      const ref = def.ref ? ` r="${L(c)}${n}"` : "";
      return def.self ? `<c${ref} s="2"/>` : `<c${ref} t="str"><v>${def.text}</v></c>`;
    });
    const attrs =
      (x.r ? ` r="${n}"` : "") + (x.spans ? ` spans="${x.spans}"` : "") + (x.custom ? ` s="5" customFormat="1"` : "");
    return x.self && cells.length === 0 ? `<row${attrs}/>` : `<row${attrs}>${cells.join("")}${x.space}</row>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<dimension ref="A1:C3"/><sheetData>${body.join("\n")}</sheetData></worksheet>`
  );
};

/** The Kontrol-like run: style from the row, or from the cell on its left; sometimes nothing. */
const runEdit =
  (column: number, mode: number) =>
  (r: number): CellEdit | null =>
    r % 9 === 4
      ? null
      : (existing, ctx) => {
          if (mode === 2 && r % 3 === 0) return "keep";
          const style = mode === 1 ? (ctx.cells.filter((c) => c.column < column).pop()?.style ?? 0) : (ctx.style ?? 7);
          const xml = `<c r="${L(column)}${r}" s="${style}" t="str"><v>OK ${existing ? "again" : "new"}</v></c>`;
          return xml === existing?.xml ? "keep" : { xml };
        };

describe("byte splice of a new column", () => {
  it("gives the string splicer's output, whatever the rows look like", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 10 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, column, mode, slice) => {
          const xml = sheetOf(rows);
          const edits = (): SheetEdits => ({
            cells: new Map(),
            runs: [{ column, first: 1, last: 25, edit: runEdit(column, mode) }],
          });
          const want = editSheetXml(xml, edits());
          const got = editSheetPart(enc.encode(xml), edits(), [], slice);
          expect(got.changed).toBe(want.changed);
          expect(dec.decode(got.bytes)).toBe(want.xml);
        },
      ),
      { numRuns: 500 },
    );
  });
});
