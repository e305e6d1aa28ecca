/**
 * The streaming worksheet reader. A sheet of 1,048,576 rows is never held as a DOM or even as
 * one string: compressed bytes are inflated slice by slice, decoded and fed to a SAX parser, and
 * only cells of the requested rows and columns are turned into values. Cells of other columns
 * cost one attribute lookup. Reading stops at the last requested row.
 */
import { UNCALCULATED_FORMULA, type CellValue } from "../../../domain/model";
import { streamText, XlsxFileError } from "../zip";
import type { PartSource } from "./parts";
import { MAX_COLUMNS, MAX_ROWS, parseCellInto, parseRange, type CellRange } from "../../sheet/a1";
import { createSaxParser } from "./xml";
import { decodeXString } from "../ooxml/xml";

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Per `cellXfs` index: is it a date format? */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetVisitor {
  /** Flags per zero-based column (length ≥ MAX_COLUMNS); undefined reads every column. */
  readonly columns?: Uint8Array;
  /** First and last Excel row to read (inclusive). */
  readonly fromRow?: number;
  readonly toRow?: number;
  /** Keep parsing after the cells to see merged ranges (they follow the cell data). */
  readonly wantMerges?: boolean;
  /** A non-blank cell. `isDate` marks numbers shown as dates (values are 1900-system serials). */
  onCell(row: number, column: number, value: Exclude<CellValue, null>, isDate: boolean): void;
  onHiddenRow?(row: number): void;
  onMerge?(rect: CellRange): void;
  /** Called between chunks with the current row; may await, report progress, or throw on abort. */
  between?(row: number): Promise<void> | void;
}

/** Days between 1900-01-00 (Excel) and 1904-01-01 epochs. */
export const DATE1904_OFFSET = 1462;

/** ISO 8601 text of `t="d"` cells → 1900-system serial (with Excel's phantom 1900-02-29). */
export const isoToSerial = (iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0);
  const serial = ms / 86_400_000 + 25_569 + Number(m[6] ?? 0) / 86_400;
  return serial < 61 ? serial - 1 : serial;
};

const ALL_COLUMNS = new Uint8Array(MAX_COLUMNS).fill(1);

export const readSheet = async (
  parts: PartSource,
  part: string,
  ctx: SheetContext,
  visitor: SheetVisitor,
): Promise<void> => {
  const chunks = parts.chunks(part);
  if (!chunks) throw new XlsxFileError("corrupt", `the sheet part ${part} is missing`, { part });
  const wanted = visitor.columns ?? ALL_COLUMNS;
  const fromRow = visitor.fromRow ?? 1;
  const toRow = visitor.toRow ?? MAX_ROWS;
  const parser = createSaxParser(part);

  let done = false;
  let row = 0;
  let col = -1;
  let skip = true;
  let type = "n";
  let style = 0;
  let buf = "";
  let hasValue = false;
  let hasFormula = false;
  let inV = false;
  let inIs = false;
  let inT = false;
  let rph = 0;
  const pos = { row: 0, column: 0 };

  const finishCell = (): void => {
    if (!hasValue) {
      // A styled blank is nothing; a formula without a cached result is a value we cannot know.
      if (hasFormula) visitor.onCell(row, col, { error: UNCALCULATED_FORMULA }, false);
      return;
    }
    let value: Exclude<CellValue, null> | null;
    let isDate = false;
    switch (type) {
      case "s": {
        const s = ctx.sharedStrings[Number(buf)];
        value = s === undefined || s === "" ? null : s;
        break;
      }
      case "str":
      case "inlineStr": {
        const s = decodeXString(buf);
        value = s === "" ? null : s;
        break;
      }
      case "b":
        value = buf.trim() === "1" || buf.trim() === "true";
        break;
      case "e":
        value = { error: buf.trim() };
        break;
      case "d":
        value = isoToSerial(buf);
        isDate = true;
        break;
      default: {
        const t = buf.trim();
        if (t === "") value = null;
        else {
          const n = Number(t);
          isDate = ctx.dateStyles[style] === true;
          value = Number.isFinite(n) ? (isDate && ctx.date1904 ? n + DATE1904_OFFSET : n) : t;
          if (typeof value === "string") isDate = false;
        }
      }
    }
    if (value !== null) visitor.onCell(row, col, value, isDate);
  };

  parser.on("opentag", (tag) => {
    if (done) return;
    const q = tag.name;
    const name = q.indexOf(":") < 0 ? q : q.slice(q.indexOf(":") + 1);
    switch (name) {
      case "c": {
        const r = tag.attributes["r"];
        if (r !== undefined && parseCellInto(r, pos)) {
          col = pos.column;
          if (pos.row !== row) row = pos.row; // tolerate cells whose row disagrees with <row r>
        } else col++;
        skip = row < fromRow || row > toRow || col >= MAX_COLUMNS || wanted[col] !== 1;
        if (!skip) {
          type = tag.attributes["t"] ?? "n";
          const s = tag.attributes["s"];
          style = s === undefined ? 0 : Number(s);
          buf = "";
          hasValue = false;
          hasFormula = false;
        }
        return;
      }
      case "f":
        if (!skip) hasFormula = true;
        return;
      case "v":
        if (!skip) inV = true;
        return;
      case "row": {
        const r = tag.attributes["r"];
        const n = r === undefined ? row + 1 : Number(r);
        row = Number.isInteger(n) && n > 0 ? n : row + 1;
        col = -1;
        if (row > toRow) {
          done = true;
          return;
        }
        const h = tag.attributes["hidden"];
        if ((h === "1" || h === "true") && row >= fromRow) visitor.onHiddenRow?.(row);
        return;
      }
      case "is":
        if (!skip) inIs = true;
        return;
      case "t":
        if (inIs && rph === 0) inT = true;
        return;
      case "rPh":
        rph++;
        return;
      case "mergeCell": {
        const rect = parseRange(tag.attributes["ref"] ?? "");
        if (rect) visitor.onMerge?.(rect);
        return;
      }
    }
  });
  parser.on("closetag", (tag) => {
    if (done) return;
    const q = tag.name;
    const name = q.indexOf(":") < 0 ? q : q.slice(q.indexOf(":") + 1);
    switch (name) {
      case "c":
        if (!skip) finishCell();
        skip = true;
        return;
      case "v":
        if (inV) hasValue = true;
        inV = false;
        return;
      case "t":
        if (inT) hasValue = true;
        inT = false;
        return;
      case "is":
        inIs = false;
        return;
      case "rPh":
        rph--;
        return;
      case "sheetData":
        if (!visitor.wantMerges) done = true;
        return;
    }
  });
  const onText = (t: string): void => {
    if (inV || inT) buf += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  await streamText(
    chunks,
    (text) => {
      parser.write(text);
      return !done;
    },
    visitor.between ? () => visitor.between?.(row) : undefined,
  );
  if (!done) parser.close();
};
