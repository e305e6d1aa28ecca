import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { ERROR_VALUE, invalid, isBlankCell, type Invalid, type Parsed } from "../_lib/invalid";
import { foldText } from "../normalizeText";
import { MAX_SERIAL, serialFromYmd } from "../serial";
import { floor, isFiniteNumber } from "../_lib/builtins";

export type DateInvalidReason = "error-value" | "not-a-date" | "no-such-date";

const NOT_A_DATE: Invalid<"not-a-date"> = invalid("not-a-date");
const NO_SUCH_DATE: Invalid<"no-such-date"> = invalid("no-such-date");

const TIME = String.raw`(?:[T ]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DMY = new RegExp(String.raw`^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const NAMED = /^(\d{1,2}) ([a-z]+) (\d{4})$/;
/** The Danish hand-written "1/3-2025" (day/month-year), also "1/3 2025". */
const SLASH_DASH = /^(\d{1,2})\/(\d{1,2})[- ](\d{4}|\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TEXT_SERIAL = /^\d{5}(?:[.,]\d+)?$/;

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  marts: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
}; // prettier-ignore

/** Excel's two-digit-year rule: 00–29 → 2000s, 30–99 → 1900s. */
const fullYear = (y: string): number =>
  y.length === 2 ? (Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);

const ymd = (y: number, m: number, d: number): Parsed<number, DateInvalidReason> =>
  serialFromYmd(y, m, d) ?? NO_SUCH_DATE;

/**
 * @name parseDate
 * @category Parse
 * @summary Read a cell as a date: the Excel serial (whole days since 1899-12-30, 1900 system).
 *
 * @description
 * - Number cells are serials; a fraction (a time of day) is dropped: 45720.6 → 45720. Serials
 *   outside 1..2958465 (9999-12-31) are not dates.
 * - Text, always day before month (Danish): "04-03-2025", "04.03.2025", "4/3/2025", "4.3.25"
 *   (two-digit years as Excel reads them: 00–29 → 20xx, 30–99 → 19xx), "4/3-2025" (as Danes
 *   write it by hand), "4. marts 2025",
 *   "4 mar 2025", "4 March 2025".
 * - ISO "2025-03-04", "2025/03/04", with a time ("2025-03-04T10:30:00Z"): the date as written,
 *   no time-zone shift. Compact "20250304". A five-digit text serial "45720".
 * - The day must exist: "31.04.2025" → `{ invalid: "no-such-date" }`.
 * - Blank → `null`; error values → `{ invalid: "error-value" }`; else `{ invalid: "not-a-date" }`.
 *   Never throws.
 *
 * @example
 * parseDate(45720.75)       //=> 45720
 * parseDate("2025-03-04")   //=> 45720
 * parseDate("04.03.2025")   //=> 45720
 * parseDate("4/3/2025")     //=> 45720 (4 March)
 * parseDate("29-02-2025")   //=> { invalid: "no-such-date" }
 */
export function parseDate(v: CellValue): Parsed<number, DateInvalidReason> {
  if (typeof v === "number") {
    if (!isFiniteNumber(v)) return NOT_A_DATE;
    const s = floor(v);
    return s >= 1 && s <= MAX_SERIAL ? s : NOT_A_DATE;
  }
  if (isBlankCell(v)) return null;
  if (typeof v !== "string") return isCellError(v) ? ERROR_VALUE : NOT_A_DATE;
  const s = v.trim();
  if (s.length > 40) return NOT_A_DATE;
  let m = ISO.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DMY.exec(s);
  if (m) return ymd(fullYear(m[4] ?? ""), Number(m[3]), Number(m[1]));
  m = SLASH_DASH.exec(s);
  if (m) return ymd(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = COMPACT.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (TEXT_SERIAL.test(s)) return parseDate(Number(s.replace(",", ".")));
  m = NAMED.exec(foldText(s));
  if (m) {
    const month = MONTHS[m[2] ?? ""];
    return month === undefined ? NOT_A_DATE : ymd(Number(m[3]), month, Number(m[1]));
  }
  return NOT_A_DATE;
}
