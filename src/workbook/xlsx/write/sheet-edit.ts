/**
 * Edits cells of a worksheet part by splicing its text: rows without edits are copied as they
 * are, and only the rows we touch are parsed. No DOM of the sheet is built, so a 1,048,576-row
 * sheet costs one pass over its text. Everything outside `<sheetData>` is kept byte for byte,
 * except the `<dimension>` hint, which grows when we write beyond it. The text helpers are in
 * sheet-xml.ts, the byte-level search in sheet-bytes.ts, the `<drawing>` element in sheet-drawing.ts.
 */
import { concatBytes } from "../bytes";
import { UnsupportedWorkbookError } from "./errors";
import { asciiBytes, bytesIndexOf, decoder, encoder, layoutOf } from "./sheet-bytes";
import { editRow, spliceRows } from "./sheet-rows";
import {
  attrOf,
  findTag,
  growDimension,
  growDimensionHead,
  sheetPrefix,
  shrinkDimensionHead,
  tagEnd,
  type ExistingCell,
} from "./sheet-xml";

/** Replace the cell with `xml`, delete it, or keep it. */
export type CellEditResult = { readonly xml: string } | "delete" | "keep";

/** The row around an edited cell: its cells, and its own style when it formats empty cells. */
export interface RowContext {
  readonly cells: readonly ExistingCell[];
  /** `s` of a row with `customFormat="1"`: the style a new cell in that row takes. */
  readonly style: number | null;
}

export type CellEdit = (existing: ExistingCell | null, row: RowContext) => CellEditResult;

const NO_ROW: RowContext = { cells: [], style: null };

export interface ColumnRun {
  readonly column: number;
  readonly first: number;
  readonly last: number;
  /** The edit for one row of the run, or null for none. */
  readonly edit: (row: number) => CellEdit | null;
}

export interface SheetEdits {
  /** Single cells: row → column → edit. */
  readonly cells: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>;
  /** Dense column edits (a `Kontrol` column over a million rows without a million map entries). */
  readonly runs: readonly ColumnRun[];
}

export interface EditOutcome {
  readonly xml: string;
  readonly changed: boolean;
}

type Bounds = { top: number; left: number; bottom: number; right: number };

/**
 * The row pass of an edit, fed the rows of sheetData in order as one or more strings, each a run
 * of whole rows (a part too large for one JS string is fed slice by slice). State that crosses
 * rows — the next sparse row, the last row seen, the edited area — lives here.
 */
export class RowSplicer {
  private readonly sparseRows: number[];
  private sparseIdx = 0;
  lastRow = 0;
  private readonly rowTag: string;
  bounds: Bounds | null = null;
  changed = false;

  constructor(
    private readonly p: string,
    private readonly edits: SheetEdits,
  ) {
    this.sparseRows = [...edits.cells.keys()].sort((a, b) => a - b);
    this.rowTag = `${p}row`;
  }

  readonly grow = (row: number, column: number): void => {
    const b = this.bounds;
    if (!b) this.bounds = { top: row, bottom: row, left: column, right: column };
    else {
      if (row < b.top) b.top = row;
      if (row > b.bottom) b.bottom = row;
      if (column < b.left) b.left = column;
      if (column > b.right) b.right = column;
    }
  };

  /** Edits for one row, sorted by column. */
  editsFor(row: number): [number, CellEdit][] {
    const edits = this.edits;
    const sparse = edits.cells.get(row);
    if (!sparse && edits.runs.length === 1) {
      // the common case of a Kontrol column alone: no merging needed
      const run = edits.runs[0] as ColumnRun;
      const e = row >= run.first && row <= run.last ? run.edit(row) : null;
      return e ? [[run.column, e]] : [];
    }
    const list: [number, CellEdit][] = [];
    if (sparse) for (const e of sparse) list.push(e);
    for (const run of edits.runs) {
      if (row < run.first || row > run.last) continue;
      const e = run.edit(row);
      if (e) list.push([run.column, e]);
    }
    // one edit per cell: the first registered wins (single cells before runs)
    const seen = new Set<number>();
    return list.filter(([c]) => !seen.has(c) && seen.add(c)).sort((a, b) => a[0] - b[0]);
  }

  /** Rows in [from, to] (no such row in the file) that edits want to create. */
  newRows(from: number, to: number): string {
    if (from > to) return "";
    const rows = new Set<number>();
    const sparseRows = this.sparseRows;
    while (this.sparseIdx < sparseRows.length && (sparseRows[this.sparseIdx] as number) <= to) {
      const r = sparseRows[this.sparseIdx++] as number;
      if (r >= from) rows.add(r);
    }
    for (const run of this.edits.runs)
      for (let r = Math.max(from, run.first); r <= Math.min(to, run.last); r++) rows.add(r);
    let text = "";
    for (const r of [...rows].sort((a, b) => a - b)) {
      const cells: string[] = [];
      for (const [col, edit] of this.editsFor(r)) {
        const res = edit(null, NO_ROW);
        if (typeof res === "object") {
          cells.push(res.xml);
          this.grow(r, col);
        }
      }
      if (cells.length) text += `<${this.p}row r="${r}">${cells.join("")}</${this.p}row>`;
    }
    if (text) this.changed = true;
    return text;
  }

  skipSparse(row: number): void {
    while (this.sparseIdx < this.sparseRows.length && (this.sparseRows[this.sparseIdx] as number) <= row)
      this.sparseIdx++;
  }

  hasEdits(row: number): boolean {
    return (
      (this.sparseIdx < this.sparseRows.length && this.sparseRows[this.sparseIdx] === row) ||
      this.edits.runs.some((r) => row >= r.first && row <= r.last)
    );
  }

  /**
   * Edits the rows in `s` (whole rows and the text between them); returns the new text, or null
   * when nothing in `s` changed (the caller keeps the original).
   */
  rows(s: string): string | null {
    if (s.includes("<!"))
      throw new UnsupportedWorkbookError("sheet-xml", "comments or CDATA inside sheetData are not supported");
    const out: string[] = [];
    let copyFrom = 0;
    let pos = 0;
    let touchedHere = false;
    const rowTag = this.rowTag;
    for (;;) {
      const i = findTag(s, rowTag, pos, s.length);
      if (i < 0) break;
      const te = tagEnd(s, i);
      const open = s.slice(i, te);
      const selfClosing = s[te - 2] === "/";
      const closeStart = selfClosing ? te : s.indexOf(`</${rowTag}>`, te);
      if (closeStart < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated row in worksheet");
      const end = selfClosing ? te : closeStart + rowTag.length + 3;
      const rAttr = attrOf(open, "r");
      const row = rAttr ? Number(rAttr) : this.lastRow + 1;
      const inserted = this.newRows(this.lastRow + 1, row - 1);
      const touched = this.hasEdits(row);
      if (inserted || touched) {
        out.push(s.slice(copyFrom, i), inserted);
        copyFrom = i;
        if (inserted) touchedHere = true;
      }
      if (touched) {
        const rowOut = editRow(s, this.p, row, open, te, closeStart, selfClosing, this.editsFor(row), this.grow);
        this.skipSparse(row);
        if (rowOut !== null) {
          out.push(rowOut);
          copyFrom = end;
          this.changed = true;
          touchedHere = true;
        }
      }
      pos = end;
      this.lastRow = row;
    }
    if (!touchedHere) return null;
    out.push(s.slice(copyFrom));
    return out.join("");
  }

  /** Rows the edits create after the last row of the file. */
  tail(): string {
    return this.newRows(this.lastRow + 1, Number.MAX_SAFE_INTEGER);
  }
}

/** Applies `edits` to the worksheet XML text. Edits may throw (a conflict) to abort. */
export const editSheetXml = (s: string, edits: SheetEdits): EditOutcome => {
  const p = sheetPrefix(s);
  const sd = findTag(s, `${p}sheetData`, 0, s.length);
  if (sd < 0) throw new UnsupportedWorkbookError("sheet-xml", "worksheet has no sheetData");
  const sdOpenEnd = tagEnd(s, sd);
  const sdSelfClosing = s[sdOpenEnd - 2] === "/";
  const sdClose = sdSelfClosing ? sdOpenEnd : s.indexOf(`</${p}sheetData>`, sdOpenEnd);
  if (sdClose < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated sheetData");
  const splicer = new RowSplicer(p, edits);
  const body = sdSelfClosing ? "" : s.slice(sdOpenEnd, sdClose);
  const edited = splicer.rows(body);
  const tail = splicer.tail();
  if (!splicer.changed) return { xml: s, changed: false };
  const out: string[] = [s.slice(0, sdSelfClosing ? sd : sdOpenEnd)];
  if (sdSelfClosing) out.push(s.slice(sd, sdOpenEnd - 2).replace(/\s+$/, "") + ">");
  out.push(edited ?? body, tail);
  if (sdSelfClosing) out.push(`</${p}sheetData>`, s.slice(sdOpenEnd));
  else out.push(s.slice(sdClose));
  let xml = out.join("");
  if (splicer.bounds) xml = growDimension(xml, p, splicer.bounds);
  return { xml, changed: true };
};

/* ---------------------------------------------------------------- the part as bytes */

/** Rows are decoded and edited this many bytes at a time (far below V8's ~512 MB string limit). */
export const DEFAULT_SLICE_BYTES = 8 * 1024 * 1024;

export interface PartEditOutcome {
  readonly bytes: Uint8Array;
  readonly changed: boolean;
}

/**
 * `editSheetXml` over the part's bytes: rows are decoded and edited `sliceBytes` at a time (each
 * slice ends just before a `<row` start tag), unchanged slices are copied as raw bytes, and the
 * result is concatenated once. `removedColumns` shrink the dimension hint as `shrinkDimension`.
 */
export const editSheetPart = (
  b: Uint8Array,
  edits: SheetEdits,
  removedColumns: readonly number[] = [],
  sliceBytes = DEFAULT_SLICE_BYTES,
): PartEditOutcome => {
  const l = layoutOf(b);
  const p = l.prefix;
  const splicer = new RowSplicer(p, edits);
  const chunks: Uint8Array[] = [];
  if (!l.sdSelfClosing) {
    if (bytesIndexOf(b, asciiBytes("<!"), l.sdOpenEnd, l.sdClose) >= 0)
      throw new UnsupportedWorkbookError("sheet-xml", "comments or CDATA inside sheetData are not supported");
    spliceRows(b, l.sdOpenEnd, l.sdClose, p, splicer, chunks, sliceBytes);
  }
  const tailRows = splicer.tail();
  if (!splicer.changed) return { bytes: b, changed: false };
  let head = decoder.decode(b.subarray(0, l.sdSelfClosing ? l.sd : l.sdOpenEnd));
  if (l.sdSelfClosing) head += decoder.decode(b.subarray(l.sd, l.sdOpenEnd - 2)).replace(/\s+$/, "") + ">";
  if (splicer.bounds) head = growDimensionHead(head, p, splicer.bounds);
  for (const c of [...removedColumns].sort((x, y) => y - x)) head = shrinkDimensionHead(head, p, c);
  const tail = l.sdSelfClosing
    ? `</${p}sheetData>` + decoder.decode(b.subarray(l.sdOpenEnd))
    : decoder.decode(b.subarray(l.sdClose));
  const parts = [encoder.encode(head), ...chunks, encoder.encode(tailRows + tail)];
  return { bytes: concatBytes(parts), changed: true };
};
