/**
 * A cell's value from what its XML said (type, style, the text of `<v>` or `<is>`), shared by the
 * SAX reader and the byte scanner so both give the same value for the same cell.
 */
import { UNCALCULATED_FORMULA, type CellValue } from "../../../domain/model";
import { decodeXString } from "../ooxml/xml";

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Per `cellXfs` index: is it a date format? */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
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

/** Where `cellValue` puts its answer (one object reused: no allocation per cell). */
export interface CellOut {
  value: Exclude<CellValue, null> | null;
  isDate: boolean;
}

/**
 * The value of a finished cell into `out` (null: blank). A styled blank is nothing; a formula
 * without a cached result is a value we cannot know.
 */
export const cellValue = (
  ctx: SheetContext,
  type: string,
  style: number,
  buf: string,
  hasValue: boolean,
  hasFormula: boolean,
  out: CellOut,
): void => {
  out.isDate = false;
  if (!hasValue) {
    out.value = hasFormula ? { error: UNCALCULATED_FORMULA } : null;
    return;
  }
  switch (type) {
    case "s": {
      const s = ctx.sharedStrings[Number(buf)];
      out.value = s === undefined || s === "" ? null : s;
      return;
    }
    case "str":
    case "inlineStr": {
      const s = decodeXString(buf);
      out.value = s === "" ? null : s;
      return;
    }
    case "b":
      out.value = buf.trim() === "1" || buf.trim() === "true";
      return;
    case "e":
      out.value = { error: buf.trim() };
      return;
    case "d":
      out.value = isoToSerial(buf);
      out.isDate = true;
      return;
    default: {
      const t = buf.trim();
      if (t === "") {
        out.value = null;
        return;
      }
      const n = Number(t);
      const isDate = ctx.dateStyles[style] === true;
      if (Number.isFinite(n)) {
        out.value = isDate && ctx.date1904 ? n + DATE1904_OFFSET : n;
        out.isDate = isDate;
      } else out.value = t;
    }
  }
};
