import type { CellValue } from "../../model";
import { isCellError } from "../../model";
import { ERROR_VALUE, invalid, isBlankCell, type Invalid, type Parsed } from "../_lib/invalid";
import { isFiniteNumber } from "../_lib/builtins";

export type NumberInvalidReason = "error-value" | "not-a-number";

const NOT_A_NUMBER: Invalid<"not-a-number"> = invalid("not-a-number");

// Grouping: 1–3 leading digits, then groups of exactly 3.
const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;
const PLAIN = /^\d*([.,]\d+)?$/;
const EXPONENT = /^\d+([.,]\d+)?[eE][+-]?\d+$/;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const CURRENCY = /^(?:dkk|kr\.?)\s*|\s*(?:dkk|kr\.?)$/i;
/** Amounts in thousands, millions or billions as finance staff write them: "62,5 mio. kr.", "850 t.kr.". */
const THOUSANDS = /\s*(?:t\.?\s?kr\.?|tkr\.?|t\.?\s?dkk)$/i;
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/\s*(?:mio\.?|mill\.?|millioner)$/i, 1e6],
  [/\s*(?:mia\.?|mrd\.?|milliarder)$/i, 1e9],
];

/** Digits with separators → number, or NaN. `body` has no sign, no spaces except grouping. */
function parseBody(body: string): number {
  if (body === "") return NaN;
  if (EXPONENT.test(body)) return Number(body.replace(",", "."));
  let intPart = body;
  let frac = "";
  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  const commas = lastComma < 0 ? 0 : body.split(",").length - 1;
  const dots = lastDot < 0 ? 0 : body.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal mark, and it occurs once ("1.234,5" or "1,234.5").
    const dec = lastComma > lastDot ? "," : ".";
    if ((dec === "," ? commas : dots) !== 1) return NaN;
    const at = dec === "," ? lastComma : lastDot;
    intPart = body.slice(0, at);
    frac = body.slice(at + 1);
    if (!(dec === "," ? GROUPED_DOT : GROUPED_COMMA).test(intPart) || !/^\d+$/.test(frac)) return NaN;
    intPart = intPart.replace(/[.,]/g, "");
  } else if (commas > 1) {
    if (!GROUPED_COMMA.test(body)) return NaN; // "1,234,567": English grouping
    intPart = body.replace(/,/g, "");
  } else if (dots > 1) {
    if (!GROUPED_DOT.test(body)) return NaN; // "1.234.567": Danish grouping
    intPart = body.replace(/\./g, "");
  } else if (commas === 1) {
    // One comma is always the Danish decimal comma: "2,5", and "1,234" = 1.234.
    if (!PLAIN.test(body)) return NaN;
    [intPart = "", frac = ""] = body.split(",");
  } else if (dots === 1) {
    // One dot: Danish thousands when it reads as a group ("1.234" = 1234), else a decimal dot ("2.5").
    if (GROUPED_DOT.test(body) && body[0] !== "0") intPart = body.replace(".", "");
    else {
      if (!PLAIN.test(body)) return NaN;
      [intPart = "", frac = ""] = body.split(".");
    }
  } else if (!/^\d+$/.test(body)) return NaN;
  if (intPart === "" && frac === "") return NaN;
  return Number(`${intPart === "" ? "0" : intPart}${frac === "" ? "" : `.${frac}`}`);
}

/**
 * @name parseNumber
 * @category Parse
 * @summary Read a cell as a number, the way a Danish Excel user writes numbers.
 *
 * @description
 * - Number cells are returned as they are (NaN and ±Infinity are invalid; booleans are invalid).
 * - Text: Danish "2,5", "1.234,5", "1 234,5" (space, NBSP or thin space as thousands separator),
 *   "-3", "+3", "−3" (Unicode minus), exponent "1,5E+03".
 * - English "1,234.5" and "1,234,567" are read when unambiguous. One separator is read the Danish
 *   way: "1,234" is 1.234 and "1.234" is 1234; a dot that cannot be a thousands separator is a
 *   decimal dot ("2.5", "0.500", "1234.5").
 * - A trailing per cent sign is dropped and the number kept as written: "12 %" → 12. Contracts
 *   state shares and growth in per cent (points), so the text means 12, not 0.12. (A cell
 *   formatted as percentage is a number cell and arrives as Excel stores it, 0.12.)
 * - "kr.", "kr" and "DKK" before or after the number are dropped: "1.500 kr." → 1500.
 * - Amounts as finance staff write them are scaled: "62,5 mio. kr." → 62500000, "2 mia." →
 *   2000000000, "850 t.kr." / "850 tkr." → 850000.
 * - Blank cells (null, "", spaces) → `null`; error values → `{ invalid: "error-value" }`;
 *   anything else → `{ invalid: "not-a-number" }`. Never throws.
 *
 * @example
 * parseNumber("1.234,5") //=> 1234.5
 * parseNumber("1,234.5") //=> 1234.5
 * parseNumber("12 %")    //=> 12
 * parseNumber("abc")     //=> { invalid: "not-a-number" }
 * parseNumber("")        //=> null
 */
export function parseNumber(v: CellValue): Parsed<number, NumberInvalidReason> {
  if (typeof v === "number") return isFiniteNumber(v) ? (v === 0 ? 0 : v) : NOT_A_NUMBER;
  if (isBlankCell(v)) return null;
  if (typeof v !== "string") return isCellError(v) ? ERROR_VALUE : NOT_A_NUMBER;
  let s = v.trim();
  if (s.length > 64) return NOT_A_NUMBER;
  // Fast path: plain integers.
  if (/^-?\d{1,15}$/.test(s)) return Number(s) || 0;
  s = s.replace(SPACES, " ");
  let scale = 1;
  if (THOUSANDS.test(s)) {
    scale = 1e3;
    s = s.replace(THOUSANDS, "");
  }
  s = s.replace(CURRENCY, "");
  for (const [re, by] of SCALES) {
    if (scale === 1 && re.test(s)) {
      scale = by;
      s = s.replace(re, "");
    }
  }
  s = s.replace(CURRENCY, "").replace(/\s*%$/, "");
  let sign = 1;
  if (s[0] === "-" || s[0] === "+" || s[0] === "\u2212") {
    if (s[0] !== "+") sign = -1;
    s = s.slice(1).trimStart();
  }
  if (s.includes(" ")) {
    // Spaces only as thousands separators: "1 234,5" / "1 234.5".
    const m = /^([\d ]+)([.,]\d+)?$/.exec(s);
    if (!m || !GROUPED_SPACE.test(m[1] ?? "")) return NOT_A_NUMBER;
    s = (m[1] ?? "").replace(/ /g, "") + (m[2] ?? "").replace(".", ",");
  }
  const n = parseBody(s);
  if (!isFiniteNumber(n)) return NOT_A_NUMBER;
  // toPrecision(15) drops the binary noise of 2.35 * 1e6.
  const r = scale === 1 ? sign * n : sign * Number((n * scale).toPrecision(15));
  return r === 0 ? 0 : r;
}
