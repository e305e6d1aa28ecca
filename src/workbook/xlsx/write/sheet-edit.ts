/**
 * Edits cells of a worksheet part by splicing its text: rows without edits are copied as they
 * are, and only the rows we touch are parsed. No DOM of the sheet is built, so a 1,048,576-row
 * sheet costs one pass over its text. Everything outside `<sheetData>` is kept byte for byte,
 * except the `<dimension>` hint, which grows when we write beyond it.
 */
import { concatBytes } from "../bytes";
import { NS } from "../ooxml/namespaces";
import { UnsupportedWorkbookError } from "./errors";
import { cellRef, columnIndex, parseRange, rangeRef, type CellRange } from "../../sheet/a1";

export interface ExistingCell {
  readonly row: number;
  readonly column: number;
  /** The cell's complete element text. */
  readonly xml: string;
  readonly style: number;
  /** The element has an `s` attribute (LibreOffice writes `s="0"`; restoring must keep that). */
  readonly hasStyleAttr: boolean;
  readonly type: string | null;
  /** Holds a value, a formula or inline text (a cell with only a style is empty). */
  readonly hasContent: boolean;
  /** Master of a shared formula or part of an array formula: overwriting it breaks other cells. */
  readonly formulaGroup: boolean;
}

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

const rowStyleOf = (open: string): number | null => {
  const cf = attrOf(open, "customFormat");
  if (cf !== "1" && cf !== "true") return null;
  const st = attrOf(open, "s");
  return st === undefined ? null : Number(st);
};

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

/** Namespace prefix of the worksheet root (`x:` in files from some .NET libraries, usually ""). */
export const sheetPrefix = (xml: string): string => {
  const m = /<([A-Za-z_][\w.-]*:)?worksheet[\s>/]/.exec(xml);
  if (!m) throw new UnsupportedWorkbookError("sheet-xml", "worksheet root element not found");
  return m[1] ?? "";
};

/** End index (exclusive) of the tag starting at `start`, honouring quoted attribute values. */
const tagEnd = (s: string, start: number): number => {
  let q = "";
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = "";
    } else if (c === '"' || c === "'") q = c;
    else if (c === ">") return i + 1;
  }
  throw new UnsupportedWorkbookError("sheet-xml", "unterminated tag in worksheet");
};

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
export const tagAttrs = (tag: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1] as string, m[2] ?? m[3] ?? "");
  return out;
};

/** One attribute of a start tag, without building a map (hot path: every row and cell). */
export const attrOf = (tag: string, name: string): string | undefined => {
  const key = `${name}=`;
  for (let i = tag.indexOf(key); i >= 0; i = tag.indexOf(key, i + 1)) {
    const before = tag.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const q = tag[i + key.length];
    if (q !== '"' && q !== "'") break;
    const end = tag.indexOf(q, i + key.length + 1);
    return end < 0 ? undefined : tag.slice(i + key.length + 1, end);
  }
  // unusual spacing such as `r = "A1"`
  return /\s=|=\s/.test(tag) ? tagAttrs(tag).get(name) : undefined;
};

/** Index of the next `<{name}` start tag (not a longer name) at or after `from`, or -1. */
const findTag = (s: string, name: string, from: number, limit: number): number => {
  let i = from;
  for (;;) {
    i = s.indexOf(`<${name}`, i);
    if (i < 0 || i >= limit) return -1;
    const c = s[i + name.length + 1];
    if (c === " " || c === ">" || c === "/" || c === "\t" || c === "\n" || c === "\r") return i;
    i += name.length + 1;
  }
};

const setAttr = (tag: string, name: string, value: string): string => {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/(\/?>)$/, ` ${name}="${value}"$1`);
};

interface CellPatterns {
  readonly formula: RegExp;
  readonly content: RegExp;
}
const patternCache = new Map<string, CellPatterns>();
const patterns = (p: string): CellPatterns => {
  let x = patternCache.get(p);
  if (!x) {
    x = { formula: new RegExp(`<${p}f[\\s>/][^>]*`), content: new RegExp(`<${p}(f|is)[\\s>/]|<${p}v>[^<]`) };
    patternCache.set(p, x);
  }
  return x;
};

const parseRow = (s: string, p: string, row: number, openEnd: number, closeStart: number): ExistingCell[] => {
  const cells: ExistingCell[] = [];
  const re = patterns(p);
  let pos = openEnd;
  let col = -1;
  const ct = `${p}c`;
  for (;;) {
    const i = findTag(s, ct, pos, closeStart);
    if (i < 0) break;
    const te = tagEnd(s, i);
    const selfClosing = s[te - 2] === "/";
    const end = selfClosing ? te : s.indexOf(`</${ct}>`, te) + ct.length + 3;
    if (end < te) throw new UnsupportedWorkbookError("sheet-xml", `unterminated cell in row ${row}`);
    const tag = s.slice(i, te);
    const r = attrOf(tag, "r");
    const st = attrOf(tag, "s");
    const letters = r ? /^\$?([A-Za-z]+)/.exec(r)?.[1] : undefined;
    col = letters ? columnIndex(letters) : col + 1;
    const inner = selfClosing ? "" : s.slice(te, end - ct.length - 3);
    const fTag = inner.includes(`<${p}f`) ? (re.formula.exec(inner)?.[0] ?? "") : "";
    cells.push({
      row,
      column: col,
      xml: s.slice(i, end),
      style: st === undefined ? 0 : Number(st),
      hasStyleAttr: st !== undefined,
      type: attrOf(tag, "t") ?? null,
      hasContent: inner !== "" && re.content.test(inner),
      formulaGroup:
        /\st\s*=\s*["']array["']/.test(fTag) || (/\st\s*=\s*["']shared["']/.test(fTag) && /\sref\s*=/.test(fTag)),
    });
    pos = end;
  }
  return cells;
};

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
class RowSplicer {
  private readonly sparseRows: number[];
  private sparseIdx = 0;
  private lastRow = 0;
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

  private readonly grow = (row: number, column: number): void => {
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
  private editsFor(row: number): [number, CellEdit][] {
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
  private newRows(from: number, to: number): string {
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

  private skipSparse(row: number): void {
    while (this.sparseIdx < this.sparseRows.length && (this.sparseRows[this.sparseIdx] as number) <= row)
      this.sparseIdx++;
  }

  private hasEdits(row: number): boolean {
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

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Rows are decoded and edited this many bytes at a time (far below V8's ~512 MB string limit). */
export const DEFAULT_SLICE_BYTES = 8 * 1024 * 1024;

const asciiBytes = (t: string): Uint8Array => encoder.encode(t);

/** Index of `needle` in `hay` at or after `from`, or -1 (`<` never occurs inside a UTF-8 sequence). */
const bytesIndexOf = (hay: Uint8Array, needle: Uint8Array, from: number, limit = hay.length): number => {
  const first = needle[0] as number;
  const n = needle.length;
  for (let i = hay.indexOf(first, from); i >= 0 && i + n <= limit; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
};

const bytesLastIndexOf = (hay: Uint8Array, needle: Uint8Array, from: number): number => {
  const first = needle[0] as number;
  const n = needle.length;
  for (let i = hay.lastIndexOf(first, from); i >= 0; i = i === 0 ? -1 : hay.lastIndexOf(first, i - 1)) {
    let k = 1;
    while (k < n && i + k < hay.length && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
};

const isTagDelim = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** Next `<{name}` start tag in bytes (not a longer name), or -1. */
const findTagBytes = (b: Uint8Array, name: Uint8Array, from: number, limit: number): number => {
  for (let i = bytesIndexOf(b, name, from, limit); i >= 0; i = bytesIndexOf(b, name, i + 1, limit))
    if (isTagDelim(b[i + name.length])) return i;
  return -1;
};

const tagEndBytes = (b: Uint8Array, start: number): number => {
  let q = 0;
  for (let i = start + 1; i < b.length; i++) {
    const c = b[i];
    if (q) {
      if (c === q) q = 0;
    } else if (c === 0x22 || c === 0x27) q = c;
    else if (c === 0x3e) return i + 1;
  }
  throw new UnsupportedWorkbookError("sheet-xml", "unterminated tag in worksheet");
};

/** Where sheetData sits in a worksheet part, found without decoding the rows. */
interface SheetLayout {
  readonly prefix: string;
  readonly sd: number;
  readonly sdOpenEnd: number;
  readonly sdSelfClosing: boolean;
  /** Start of `</sheetData>` (= sdOpenEnd when self-closing). */
  readonly sdClose: number;
}

const layoutOf = (b: Uint8Array): SheetLayout => {
  const ws = bytesIndexOf(b, asciiBytes("worksheet"), 0);
  const prefix = sheetPrefix(decoder.decode(b.subarray(0, ws < 0 ? Math.min(b.length, 65536) : ws + 10)));
  const sd = findTagBytes(b, asciiBytes(`<${prefix}sheetData`), 0, b.length);
  if (sd < 0) throw new UnsupportedWorkbookError("sheet-xml", "worksheet has no sheetData");
  const sdOpenEnd = tagEndBytes(b, sd);
  const sdSelfClosing = b[sdOpenEnd - 2] === 0x2f;
  // sheetData cannot nest, so its end tag is the last one in the part
  const sdClose = sdSelfClosing ? sdOpenEnd : bytesLastIndexOf(b, asciiBytes(`</${prefix}sheetData>`), b.length - 1);
  if (sdClose < sdOpenEnd) throw new UnsupportedWorkbookError("sheet-xml", "unterminated sheetData");
  return { prefix, sd, sdOpenEnd, sdSelfClosing, sdClose };
};

/**
 * The worksheet part without its rows (head up to sheetData, empty sheetData, tail): small text
 * for reading the prefix, `<cols>`, `<mergeCells>` of a sheet too large to decode whole.
 */
export const sheetOutline = (b: Uint8Array): string => {
  const l = layoutOf(b);
  if (l.sdSelfClosing) return decoder.decode(b);
  return decoder.decode(b.subarray(0, l.sdOpenEnd)) + decoder.decode(b.subarray(l.sdClose));
};

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
  const rowTag = asciiBytes(`<${p}row`);
  const chunks: Uint8Array[] = [];
  if (!l.sdSelfClosing) {
    let from = l.sdOpenEnd;
    while (from < l.sdClose) {
      const next = from + sliceBytes >= l.sdClose ? -1 : findTagBytes(b, rowTag, from + sliceBytes, l.sdClose);
      const to = next < 0 ? l.sdClose : next;
      const raw = b.subarray(from, to);
      const edited = splicer.rows(decoder.decode(raw));
      chunks.push(edited === null ? raw : encoder.encode(edited));
      from = to;
    }
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

/** The edited row's text, or null when nothing in it changed. */
const editRow = (
  s: string,
  p: string,
  row: number,
  open: string,
  openEnd: number,
  closeStart: number,
  selfClosing: boolean,
  list: [number, CellEdit][],
  grow: (row: number, column: number) => void,
): string | null => {
  const cells = selfClosing ? [] : parseRow(s, p, row, openEnd, closeStart);
  const ctx: RowContext = { cells, style: rowStyleOf(open) };
  // keep the text between cells (whitespace, unknown elements) in place
  const pieces: string[] = [];
  let cursor = openEnd;
  let ci = 0;
  let changed = false;
  let maxCol = -1;
  let minCol = Infinity;
  const emit = (res: CellEditResult, existing: ExistingCell | null, column: number): void => {
    if (res === "keep") {
      if (existing) pieces.push(existing.xml);
    } else if (res === "delete") {
      if (existing) changed = true;
    } else {
      pieces.push(res.xml);
      changed = changed || res.xml !== existing?.xml;
      grow(row, column);
    }
    if (res !== "delete" && (existing || res !== "keep")) {
      maxCol = Math.max(maxCol, column);
      minCol = Math.min(minCol, column);
    }
  };
  const cellStart = (c: ExistingCell): number => s.indexOf(c.xml, cursor);
  for (const [column, edit] of list) {
    while (ci < cells.length && (cells[ci] as ExistingCell).column < column) {
      const c = cells[ci++] as ExistingCell;
      const at = cellStart(c);
      pieces.push(s.slice(cursor, at), c.xml);
      cursor = at + c.xml.length;
      maxCol = Math.max(maxCol, c.column);
      minCol = Math.min(minCol, c.column);
    }
    const existing =
      ci < cells.length && (cells[ci] as ExistingCell).column === column ? (cells[ci] as ExistingCell) : null;
    if (existing) {
      const at = cellStart(existing);
      pieces.push(s.slice(cursor, at));
      cursor = at + existing.xml.length;
      ci++;
    }
    emit(edit(existing, ctx), existing, column);
  }
  for (; ci < cells.length; ci++) {
    const c = cells[ci] as ExistingCell;
    maxCol = Math.max(maxCol, c.column);
    minCol = Math.min(minCol, c.column);
  }
  if (!changed) return null;
  const rest = selfClosing ? "" : s.slice(cursor, closeStart);
  const body = pieces.join("") + rest;
  if (!/<[\w:]*c[\s>/]/.test(body) && [...tagAttrs(open).keys()].every((k) => k === "r" || k === "spans")) return "";
  let tag = selfClosing ? open.slice(0, -2).replace(/\s+$/, "") + ">" : open;
  const spans = attrOf(open, "spans");
  if (spans && maxCol >= 0) {
    const [a, b] = spans.split(":").map(Number);
    const lo = Math.min(a ?? minCol + 1, minCol + 1);
    const hi = Math.max(b ?? maxCol + 1, maxCol + 1);
    if (lo !== a || hi !== b) tag = setAttr(tag, "spans", `${lo}:${hi}`);
  }
  return `${tag}${body}</${p}row>`;
};

const growDimension = (xml: string, p: string, b: CellRange): string => growDimensionHead(xml, p, b);

/** Grows the `<dimension>` in `xml` (the whole part or just its head) to cover `b`. */
const growDimensionHead = (xml: string, p: string, b: CellRange): string => {
  const i = findTag(xml, `${p}dimension`, 0, xml.length);
  if (i < 0) return xml;
  const te = tagEnd(xml, i);
  const tag = xml.slice(i, te);
  const old = parseRange(tagAttrs(tag).get("ref") ?? "");
  // "A1" alone is what writers put in an empty sheet: replace it rather than grow from it
  const merged =
    old && !(old.top === 1 && old.left === 0 && old.bottom === 1 && old.right === 0)
      ? {
          top: Math.min(old.top, b.top),
          left: Math.min(old.left, b.left),
          bottom: Math.max(old.bottom, b.bottom),
          right: Math.max(old.right, b.right),
        }
      : b;
  if (old && rangeRef(old) === rangeRef(merged)) return xml;
  return xml.slice(0, i) + setAttr(tag, "ref", rangeRef(merged)) + xml.slice(te);
};

/** Default style per column from `<cols>` (the style a new cell in that column takes). */
export const columnStyles = (xml: string): { min: number; max: number; style: number }[] => {
  const p = sheetPrefix(xml);
  const sd = findTag(xml, `${p}sheetData`, 0, xml.length);
  const head = sd < 0 ? xml : xml.slice(0, sd);
  const out: { min: number; max: number; style: number }[] = [];
  for (const m of head.matchAll(new RegExp(`<${p}col\\s[^>]*>`, "g"))) {
    const a = tagAttrs(m[0]);
    const style = Number(a.get("style") ?? 0);
    if (style > 0) out.push({ min: Number(a.get("min")) - 1, max: Number(a.get("max")) - 1, style });
  }
  return out;
};

/** After removing our column at `column`: a dimension ending there ends one column earlier. */
export const shrinkDimension = (xml: string, column: number): string =>
  shrinkDimensionHead(xml, sheetPrefix(xml), column);

const shrinkDimensionHead = (xml: string, p: string, column: number): string => {
  const i = findTag(xml, `${p}dimension`, 0, xml.length);
  if (i < 0) return xml;
  const te = tagEnd(xml, i);
  const tag = xml.slice(i, te);
  const r = parseRange(tagAttrs(tag).get("ref") ?? "");
  if (!r || r.right !== column || r.left >= column) return xml;
  return xml.slice(0, i) + setAttr(tag, "ref", rangeRef({ ...r, right: column - 1 })) + xml.slice(te);
};

/** Ranges of `<mergeCell>` elements (they follow sheetData, so this reads only the tail). */
export const mergedRanges = (xml: string): CellRange[] => {
  const p = sheetPrefix(xml);
  const close = xml.lastIndexOf(`</${p}sheetData>`);
  const tail = close >= 0 ? xml.slice(close) : xml;
  const out: CellRange[] = [];
  for (const m of tail.matchAll(new RegExp(`<${p}mergeCell\\s[^>]*?ref\\s*=\\s*["']([^"']+)["']`, "g"))) {
    const r = parseRange(m[1] as string);
    if (r) out.push(r);
  }
  return out;
};

/** Calls `fn` for every cell of a (small) sheet; used to see whether a sheet holds user content. */
export const forEachCell = (s: string, fn: (cell: ExistingCell) => void): void => {
  const p = sheetPrefix(s);
  const rowTag = `${p}row`;
  let pos = 0;
  let lastRow = 0;
  for (;;) {
    const i = findTag(s, rowTag, pos, s.length);
    if (i < 0) return;
    const te = tagEnd(s, i);
    const selfClosing = s[te - 2] === "/";
    const closeStart = selfClosing ? te : s.indexOf(`</${rowTag}>`, te);
    const rAttr = tagAttrs(s.slice(i, te)).get("r");
    const row = rAttr ? Number(rAttr) : lastRow + 1;
    if (!selfClosing) parseRow(s, p, row, te, closeStart).forEach(fn);
    pos = selfClosing ? te : closeStart + rowTag.length + 3;
    lastRow = row;
  }
};

/** The cell's XML with its style index set (null removes the attribute). */
export const withStyle = (cellXmlText: string, style: number | null): string => {
  const end = tagEnd(cellXmlText, 0);
  let tag = cellXmlText.slice(0, end).replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, "");
  if (style !== null) {
    const r = /\sr\s*=\s*("[^"]*"|'[^']*')/.exec(tag);
    const at = r ? r.index + r[0].length : (/^<[\w:.-]+/.exec(tag)?.[0].length ?? 2);
    tag = `${tag.slice(0, at)} s="${style}"${tag.slice(at)}`;
  }
  return tag + cellXmlText.slice(end);
};

/** A cell element that carries nothing but its reference (safe to drop). */
export const isBareCell = (cellXmlText: string): boolean =>
  /^<[\w:]*c\s+r\s*=\s*("[^"]*"|'[^']*')\s*\/>$/.test(cellXmlText);

export { cellRef };

/* ---------------------------------------------------------------- the drawing element */

/** CT_Worksheet elements that come after `<drawing>` in the schema's sequence. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

interface TopElement {
  /** Local name when in the worksheet's namespace (its prefix), else the qualified name. */
  readonly local: string;
  readonly start: number;
  end: number;
  readonly tag: string;
}

/** The worksheet's child elements in `s` from `from` (after sheetData), and where `</worksheet>` starts. */
const topElements = (s: string, p: string, from: number): { elements: TopElement[]; close: number } => {
  const elements: TopElement[] = [];
  let depth = 0;
  let i = from;
  for (;;) {
    const lt = s.indexOf("<", i);
    if (lt < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated worksheet");
    const skip = s.startsWith("<!--", lt)
      ? "-->"
      : s.startsWith("<![CDATA[", lt)
        ? "]]>"
        : s.startsWith("<?", lt)
          ? "?>"
          : "";
    if (skip) {
      const e = s.indexOf(skip, lt);
      if (e < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated worksheet");
      i = e + skip.length;
      continue;
    }
    const end = tagEnd(s, lt);
    const tag = s.slice(lt, end);
    if (tag[1] === "/") {
      if (depth === 0) return { elements, close: lt };
      depth--;
      if (depth === 0) (elements[elements.length - 1] as TopElement).end = end;
    } else {
      const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? "";
      const local = p !== "" && name.startsWith(p) ? name.slice(p.length) : name;
      const selfClosing = tag.endsWith("/>");
      if (depth === 0) elements.push({ local, start: lt, end, tag });
      if (!selfClosing) depth++;
    }
    i = end;
  }
};

/** Splits the part at the end of sheetData: head bytes (kept as they are) and the decoded tail. */
const splitTail = (
  b: Uint8Array,
): { head: Uint8Array; tail: string; from: number; prefix: string; rootTag: string } => {
  const l = layoutOf(b);
  const cut = l.sdSelfClosing ? l.sdOpenEnd : l.sdClose;
  const tail = decoder.decode(b.subarray(cut));
  const from = l.sdSelfClosing ? 0 : tail.indexOf(">") + 1;
  const headText = decoder.decode(b.subarray(0, l.sd));
  const ws = findTag(headText, `${l.prefix}worksheet`, 0, headText.length);
  const rootTag = ws < 0 ? "" : headText.slice(ws, tagEnd(headText, ws));
  return { head: b.subarray(0, cut), tail, from, prefix: l.prefix, rootTag };
};

const joinBytes = (head: Uint8Array, tail: string): Uint8Array => {
  const t = encoder.encode(tail);
  const out = new Uint8Array(head.length + t.length);
  out.set(head, 0);
  out.set(t, head.length);
  return out;
};

/** The relationship id of the sheet's `<drawing>`, or null when it has none. */
export const sheetDrawingRelId = (b: Uint8Array): string | null => {
  const { tail, from, prefix } = splitTail(b);
  const el = topElements(tail, prefix, from).elements.find((e) => e.local === "drawing");
  if (!el) return null;
  for (const [k, v] of tagAttrs(el.tag)) if (k.endsWith(":id")) return v;
  return null;
};

/**
 * Adds `<drawing r:id>` where CT_Worksheet's sequence puts it (before legacyDrawing … tableParts,
 * extLst). The relationships prefix is the root's when it declares one, else declared on the element.
 */
export const insertDrawingElement = (b: Uint8Array, relId: string): Uint8Array => {
  const { head, tail, from, prefix, rootTag } = splitTail(b);
  const { elements, close } = topElements(tail, prefix, from);
  if (elements.some((e) => e.local === "drawing")) throw new Error("the sheet already has a drawing");
  const declared = [...tagAttrs(rootTag)].find(([k, v]) => k.startsWith("xmlns:") && v === NS.rel)?.[0].slice(6);
  const el = declared
    ? `<${prefix}drawing ${declared}:id="${relId}"/>`
    : `<${prefix}drawing xmlns:r="${NS.rel}" r:id="${relId}"/>`;
  const at = elements.find((e) => AFTER_DRAWING.has(e.local))?.start ?? close;
  return joinBytes(head, tail.slice(0, at) + el + tail.slice(at));
};

/** Removes the `<drawing>` element pointing at `relId`; the part unchanged when there is none. */
export const removeDrawingElement = (b: Uint8Array, relId: string): Uint8Array => {
  const { head, tail, from, prefix } = splitTail(b);
  const el = topElements(tail, prefix, from).elements.find(
    (e) => e.local === "drawing" && [...tagAttrs(e.tag)].some(([k, v]) => k.endsWith(":id") && v === relId),
  );
  if (!el) return b;
  return joinBytes(head, tail.slice(0, el.start) + tail.slice(el.end));
};
