/**
 * The worksheet reader. A sheet of 1,048,576 rows is never held as a DOM or as one string: its
 * cells are read from the part's bytes by the byte scanner (`sheet-scan.ts`), and only cells of
 * the requested rows and columns are turned into values; cells of other columns cost their tag.
 * A sheet the scanner does not read (another encoding, prefixes, comments among the cells) is
 * inflated slice by slice, decoded and fed to a SAX parser, with the same result. Reading stops
 * at the last requested row.
 */
import type { CellValue } from "../../../domain/model";
import { streamText, XlsxFileError } from "../zip";
import type { PartSource } from "./parts";
import { MAX_COLUMNS, MAX_ROWS, parseCellInto, parseRange, type CellRange } from "../../sheet/a1";
import { createSaxParser } from "./xml";
import { decodeXml } from "../bytes";
import { cellValue, type CellOut, type SheetContext } from "./cell-value";
import { Declined, SheetScanner } from "./sheet-scan";

export { DATE1904_OFFSET, isoToSerial, type SheetContext } from "./cell-value";

export interface SheetVisitor {
  /** Flags per zero-based column (length ≥ MAX_COLUMNS); undefined reads every column. */
  readonly columns?: Uint8Array;
  /** First and last Excel row to read (inclusive). */
  readonly fromRow?: number;
  readonly toRow?: number;
  /** Keep parsing after the cells to see merged ranges (they follow the cell data). */
  readonly wantMerges?: boolean;
  /** Cells inside these ranges are not wanted (Excel tables, when listing): their values are never made. */
  readonly outside?: readonly CellRange[];
  /** A non-blank cell. `isDate` marks numbers shown as dates (values are 1900-system serials). */
  onCell(row: number, column: number, value: Exclude<CellValue, null>, isDate: boolean): void;
  onHiddenRow?(row: number): void;
  onMerge?(rect: CellRange): void;
  /** Called between chunks with the current row; may await, report progress, or throw on abort. */
  between?(row: number): Promise<void> | void;
}

const ALL_COLUMNS = new Uint8Array(MAX_COLUMNS).fill(1);

/** Is the cell in one of the ranges? */
export const inside = (rects: readonly CellRange[], row: number, col: number): boolean => {
  for (const r of rects) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  return false;
};

/** Bytes the scanner reads between two calls of `between` (abort checks, progress). */
const SCAN_SLICE = 4 * 1024 * 1024;

/** Which reader read a sheet last (tests prove the scanner is the one that ran). */
export const lastReader = { kind: "none" as "scan" | "sax" | "none", why: "" };

export const readSheet = async (
  parts: PartSource,
  part: string,
  ctx: SheetContext,
  visitor: SheetVisitor,
): Promise<void> => {
  const bytes = parts.bytes(part);
  if (!bytes) throw new XlsxFileError("corrupt", `the sheet part ${part} is missing`, { part });
  let cells = 0;
  let hidden = 0;
  try {
    await scanSheet(bytes, part, ctx, {
      ...visitor,
      onCell: (row, column, value, isDate) => {
        cells++;
        visitor.onCell(row, column, value, isDate);
      },
      onHiddenRow: (row) => {
        hidden++;
        visitor.onHiddenRow?.(row);
      },
    });
    lastReader.kind = "scan";
  } catch (e) {
    if (!(e instanceof Declined)) throw e;
    lastReader.kind = "sax";
    lastReader.why = e.why;
    // The SAX reader gives the same events in the same order: those already given are not given again.
    await readSheetSax(parts, part, ctx, {
      ...visitor,
      onCell: (row, column, value, isDate) => {
        if (cells > 0) cells--;
        else visitor.onCell(row, column, value, isDate);
      },
      onHiddenRow: (row) => {
        if (hidden > 0) hidden--;
        else visitor.onHiddenRow?.(row);
      },
    });
  }
};

/**
 * The byte scanner's read: the part's head (root, dimension, views) through a SAX parser, the
 * cells by the scanner, then — when merges are wanted — the tail through the same parser.
 */
async function scanSheet(bytes: Uint8Array, part: string, ctx: SheetContext, visitor: SheetVisitor): Promise<void> {
  const scanner = new SheetScanner(bytes, ctx, {
    wanted: visitor.columns ?? ALL_COLUMNS,
    fromRow: visitor.fromRow ?? 1,
    toRow: visitor.toRow ?? MAX_ROWS,
    ...(visitor.outside && visitor.outside.length > 0 ? { outside: visitor.outside } : {}),
    onCell: visitor.onCell,
    ...(visitor.onHiddenRow ? { onHiddenRow: visitor.onHiddenRow } : {}),
  });
  const parser = createSaxParser(part);
  // A self-closed `<sheetData/>` goes to the parser whole; cells come in between, never parsed.
  parser.write(decodeXml(bytes.subarray(0, scanner.sheetDataStart)));
  parser.write("<sheetData>");
  while (!scanner.done) {
    scanner.run(scanner.offset + SCAN_SLICE);
    if (!scanner.done) await visitor.between?.(scanner.row);
  }
  if (scanner.stopped || !visitor.wantMerges) return;
  parser.on("opentag", (tag) => {
    const q = tag.name;
    if ((q.indexOf(":") < 0 ? q : q.slice(q.indexOf(":") + 1)) !== "mergeCell") return;
    const rect = parseRange(tag.attributes["ref"] ?? "");
    if (rect) visitor.onMerge?.(rect);
  });
  parser.write("</sheetData>");
  parser.write(decodeXml(bytes.subarray(scanner.end)));
  parser.close();
}

/** The SAX reader: any well-formed sheet, streamed (exported for the tests that hold the scanner to it). */
export const readSheetSax = async (
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

  const out: CellOut = { value: null, isDate: false };
  const finishCell = (): void => {
    cellValue(ctx, type, style, buf, hasValue, hasFormula, out);
    if (out.value !== null) visitor.onCell(row, col, out.value, out.isDate);
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
        skip =
          row < fromRow ||
          row > toRow ||
          col >= MAX_COLUMNS ||
          wanted[col] !== 1 ||
          (visitor.outside !== undefined && inside(visitor.outside, row, col));
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
