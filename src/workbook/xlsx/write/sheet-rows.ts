/**
 * The rows of a worksheet part edited as bytes (`spliceRows`: untouched rows never decoded, a new
 * cell past a row's last cell inserted as bytes) and one row edited as text (`editRow`). Used by
 * `editSheetPart` in sheet-edit.ts.
 */
import { concatBytes } from "../bytes";
import { UnsupportedWorkbookError } from "./errors";
import {
  asciiBytes,
  attrBytes,
  bytesIndexOf,
  decoder,
  encoder,
  findTagBytes,
  isTagDelim,
  tagEndBytes,
} from "./sheet-bytes";
import type { CellEdit, CellEditResult, RowContext, RowSplicer } from "./sheet-edit";
import { attrOf, parseRow, setAttr, tagAttrs, tagEnd, type ExistingCell } from "./sheet-xml";

const rowStyleOf = (open: string): number | null => {
  const cf = attrOf(open, "customFormat");
  if (cf !== "1" && cf !== "true") return null;
  const st = attrOf(open, "s");
  return st === undefined ? null : Number(st);
};

/** Zero-based column of an A1 reference's letters, or -1. */
const columnOf = (ref: string): number => {
  let col = 0;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  for (; i < ref.length; i++) {
    const u = ref.charCodeAt(i) & ~32;
    if (u < 65 || u > 90) break;
    col = col * 26 + (u - 64);
  }
  return col - 1;
};

const isBlankBytes = (b: Uint8Array, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const c = b[k];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
};

/**
 * The rows of sheetData from `from` to `to`, walked as bytes: rows without edits are copied as
 * they are (never decoded), a row whose only edit is a new cell past its last cell gets the cell's
 * bytes inserted before `</row>` (the Kontrol column over a million rows), and any other edited
 * row is decoded alone and edited as text. Untouched runs go out as views of the input.
 */
export function spliceRows(
  b: Uint8Array,
  from: number,
  to: number,
  p: string,
  splicer: RowSplicer,
  chunks: Uint8Array[],
  sliceBytes: number,
): void {
  const rowTag = asciiBytes(`<${p}row`);
  const rowClose = asciiBytes(`</${p}row>`);
  const cellTag = asciiBytes(`<${p}c`);
  const cellClose = asciiBytes(`</${p}c>`);
  const R = asciiBytes("r");
  const SPANS = asciiBytes("spans");
  const CUSTOM = asciiBytes("customFormat");
  let copyFrom = from;
  let pos = from;
  // Edited bytes are gathered and flushed as one chunk now and then (a million small arrays cost more).
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const emit = (x: Uint8Array): void => {
    pending.push(x);
    pendingBytes += x.length;
    if (pendingBytes >= sliceBytes) flush();
  };
  const flush = (): void => {
    if (pending.length > 0) chunks.push(pending.length === 1 ? (pending[0] as Uint8Array) : concatBytes(pending));
    pending = [];
    pendingBytes = 0;
  };

  /** The new cell's bytes (and the row's start tag when its spans grow); null: edit the row as text. */
  const append = (
    i: number,
    te: number,
    closeStart: number,
    row: number,
  ): { open: Uint8Array | null; cell: Uint8Array | null; at: number } | null => {
    const list = splicer.editsFor(row);
    if (list.length !== 1) return null;
    const [column, edit] = list[0] as [number, CellEdit];
    let lastCol = -1;
    let firstCol = -1;
    // Where the new cell goes: after the last cell (blanks before `</row>` stay after it, as the text path keeps them).
    let at = te;
    const first = findTagBytes(b, cellTag, te, closeStart);
    if (first >= 0) {
      const fr = attrBytes(b, first, tagEndBytes(b, first), R);
      if (fr === undefined) return null;
      firstCol = columnOf(fr);
      // The last cell: its start tag is the last `<c` before `</row>`, and nothing but blanks follows it.
      let last = -1;
      for (
        let k = b.lastIndexOf(cellTag[0] as number, closeStart - 1);
        k >= te;
        k = b.lastIndexOf(cellTag[0] as number, k - 1)
      ) {
        let m = 1;
        while (m < cellTag.length && b[k + m] === cellTag[m]) m++;
        if (m === cellTag.length && isTagDelim(b[k + m])) {
          last = k;
          break;
        }
      }
      const lte = tagEndBytes(b, last);
      const lr = attrBytes(b, last, lte, R);
      if (lr === undefined) return null;
      lastCol = columnOf(lr);
      const lend = b[lte - 2] === 0x2f ? lte : bytesIndexOf(b, cellClose, lte, closeStart) + cellClose.length;
      if (lend < lte || !isBlankBytes(b, lend, closeStart)) return null;
      at = lend;
    } else if (!isBlankBytes(b, te, closeStart)) return null;
    if (column <= lastCol || firstCol < 0 === lastCol >= 0) return null;
    const custom = attrBytes(b, i, te, CUSTOM);
    let cells: readonly ExistingCell[] | null = null;
    const ctx: RowContext = {
      get cells() {
        if (cells === null) {
          const s = decoder.decode(b.subarray(i, closeStart));
          cells = parseRow(s, p, row, tagEnd(s, 0), s.length);
        }
        return cells;
      },
      style: custom === "1" || custom === "true" ? rowStyleOf(decoder.decode(b.subarray(i, te))) : null,
    };
    const res = edit(null, ctx);
    if (typeof res !== "object") return { open: null, cell: null, at };
    splicer.grow(row, column);
    let open: Uint8Array | null = null;
    const spans = attrBytes(b, i, te, SPANS);
    if (spans) {
      const [a, z] = spans.split(":").map(Number);
      const minCol = firstCol >= 0 ? Math.min(firstCol, column) : column;
      const lo = Math.min(a ?? minCol + 1, minCol + 1);
      const hi = Math.max(z ?? column + 1, column + 1);
      if (lo !== a || hi !== z)
        open = encoder.encode(setAttr(decoder.decode(b.subarray(i, te)), "spans", `${lo}:${hi}`));
    }
    return { open, cell: encoder.encode(res.xml), at };
  };

  for (;;) {
    const i = findTagBytes(b, rowTag, pos, to);
    if (i < 0) break;
    const te = tagEndBytes(b, i);
    const selfClosing = b[te - 2] === 0x2f;
    const closeStart = selfClosing ? te : bytesIndexOf(b, rowClose, te, to);
    if (closeStart < 0) throw new UnsupportedWorkbookError("sheet-xml", "unterminated row in worksheet");
    const end = selfClosing ? te : closeStart + rowClose.length;
    const rAttr = attrBytes(b, i, te, R);
    const row = rAttr ? Number(rAttr) : splicer.lastRow + 1;
    const inserted = splicer.newRows(splicer.lastRow + 1, row - 1);
    if (inserted) {
      emit(b.subarray(copyFrom, i));
      emit(encoder.encode(inserted));
      copyFrom = i;
    }
    if (splicer.hasEdits(row)) {
      const fast = selfClosing ? null : append(i, te, closeStart, row);
      if (fast !== null) {
        if (fast.cell !== null) {
          if (fast.open !== null) {
            emit(b.subarray(copyFrom, i));
            emit(fast.open);
            copyFrom = te;
          }
          emit(b.subarray(copyFrom, fast.at));
          emit(fast.cell);
          copyFrom = fast.at;
          splicer.changed = true;
        }
      } else {
        const s = decoder.decode(b.subarray(i, end));
        const ste = tagEnd(s, 0);
        const sClose = selfClosing ? ste : s.length - rowClose.length;
        const out = editRow(s, p, row, s.slice(0, ste), ste, sClose, selfClosing, splicer.editsFor(row), splicer.grow);
        if (out !== null) {
          emit(b.subarray(copyFrom, i));
          emit(encoder.encode(out));
          copyFrom = end;
          splicer.changed = true;
        }
      }
      splicer.skipSparse(row);
    }
    splicer.lastRow = row;
    pos = end;
  }
  emit(b.subarray(copyFrom, to));
  flush();
}

/** The edited row's text, or null when nothing in it changed. */
export const editRow = (
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
